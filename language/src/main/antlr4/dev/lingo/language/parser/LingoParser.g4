// The syntax of Lingo. No embedded code: nodes are built by dev.lingo.language.parser.*Builder.
parser grammar LingoParser;

options { tokenVocab = LingoLexer; }

module: statements EOF;
replInput: statements EOF;
expressionOnly: expr EOF;

statements: (statement SEMI*)*;

statement
    : LET name (COLON type)? ASSIGN expr                         # letStatement
    | VAR name (COLON type)? ASSIGN expr                         # varStatement
    | (LET | VAR) destructuring ASSIGN expr                      # destructureStatement
    | FN name LPAREN params? RPAREN (ARROW type)? functionBody   # functionStatement
    | TYPE name ASSIGN type                                      # typeStatement
    | EXTERNAL FN name LPAREN params? RPAREN (ARROW type)?       # externalStatement
    | IMPORT plainString (AS name)?                              # importStatement
    | loopLabel? WHILE expr block                                # whileStatement
    | loopLabel? FOR (name (COMMA name)? | destructuring) IN expr block # forStatement
    | BREAK name?                                                # breakStatement
    | CONTINUE name?                                             # continueStatement
    | RETURN expr?                                               # returnStatement
    | THROW expr                                                 # throwStatement
    | name op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN) expr # assignStatement
    | MODEL name ASSIGN expr (FALLBACK name)*                     # modelStatement
    | CONTEXT expr block                                         # contextStatement
    | expr                                                       # expressionStatement
    ;

// `outer: for …`: a name that `break outer` and `continue outer` in loops inside it refer to.
loopLabel: name COLON;
functionBody: ASSIGN expr | block;
block: LBRACE statements RBRACE;
params: param (COMMA param)* COMMA?;
param: name (COLON type)? (ASSIGN expr)?;

// A lambda is the lowest-precedence form: it may stand wherever a whole expression may, but as an
// operand it needs parentheses (`a ?? (x -> x)`). So a match guard or an opcode's input (an
// `operand`) ends before any `->`, and telling a lambda from a name or a parenthesised expression
// takes at most four tokens of lookahead instead of a scan to the end of the expression.
expr
    : name ARROW expr                                            # shortLambda
    | LPAREN params? RPAREN ARROW expr                           # parenLambda
    | operand                                                    # operandExpr
    ;

operand
    : primary                                                    # primaryExpr
    | operand DOT fieldName                                      # memberExpr
    | operand SAFEDOT fieldName                                  # safeMemberExpr
    | operand LPAREN args? RPAREN                                # callExpr
    | operand LBRACK expr RBRACK                                 # indexExpr
    | operand WITH recordLiteral                                 # withExpr
    | op=(MINUS | BANG) operand                                  # unaryExpr
    | operand op=(STAR | SLASH | PERCENT) operand                # binaryExpr
    | operand op=(PLUS | MINUS) operand                          # binaryExpr
    | operand op=(DOTDOT | DOTDOTLT) operand                     # rangeExpr
    | operand IS type                                            # isExpr
    | operand op=(LT | LE | GT | GE) operand                     # binaryExpr
    | operand op=(EQ | NE) operand                               # binaryExpr
    | operand op=ANDAND operand                                  # logicalExpr
    | operand op=OROR operand                                    # logicalExpr
    | <assoc=right> operand COALESCE operand                     # coalesceExpr
    ;

// `f(x, sep: ", ")`: positional arguments come before named ones (the builder says so when not).
args: arg (COMMA arg)* COMMA?;
arg: namedArg | expr;
namedArg: name COLON expr;
// `[a, b]` is a List and `[k: v]` a Map (`[:]` the empty one): one rule, so telling them apart
// needs no lookahead past the first entry.
listEntry: expr (COLON expr)?;

primary
    : INT                                                        # intLiteral
    | FLOAT                                                      # floatLiteral
    | (TRUE | FALSE)                                             # boolLiteral
    | NULL                                                       # nullLiteral
    | stringLiteral                                              # stringExpr
    | LBRACK (COLON | listEntry (COMMA listEntry)* COMMA?)? RBRACK  # listLiteral
    | recordLiteral                                              # recordExpr
    | FN LPAREN params? RPAREN (ARROW type)? block                # fnLambda
    | name                                                       # nameExpr
    | LPAREN expr RPAREN                                         # parenExpr
    | ifExpr                                                     # ifExpression
    | MATCH expr LBRACE matchArm* RBRACE                         # matchExpr
    | TRY block (CATCH name? block)? (FINALLY block)?             # tryExpr
    | block                                                      # blockExpr
    | GEN type? FROM operand usingClause                         # genExpr
    | EXTRACT type FROM operand usingClause                      # extractExpr
    | CLASSIFY operand AS type usingClause                       # classifyExpr
    | CHECK operand ON operand usingClause                       # checkExpr
    ;

// `using fast`, `using fast {temperature: 0.2}`, `using {seed: 7}`: the model and call options
// (empty when there are none, so that every choice about them is made in this rule).
usingClause: (USING (name recordLiteral? | recordLiteral))?;

ifExpr: IF expr block (ELSE (ifExpr | block))?;

recordLiteral: LBRACE (recordEntry (COMMA recordEntry)* COMMA?)? RBRACE;
recordEntry: (fieldName | plainString) COLON expr;

matchArm: pattern (PIPE pattern)* (IF operand)? ARROW expr COMMA?;
pattern
    : MINUS? (INT | FLOAT)                                        # numberPattern
    | plainString                                                # stringPattern
    | (TRUE | FALSE)                                             # boolPattern
    | NULL                                                       # nullPattern
    | IS patternType                                             # typePattern
    | name                                                       # bindPattern
    | destructuring                                              # structurePattern
    ;
destructuring: listPattern | recordPattern;
listPattern: LBRACK ((pattern (COMMA pattern)* (COMMA restPattern)? | restPattern) COMMA?)? RBRACK;
restPattern: ELLIPSIS name;
recordPattern: LBRACE (fieldPattern (COMMA fieldPattern)* COMMA?)? RBRACE;
fieldPattern: fieldName (COLON pattern)?;

// In a pattern a `|` may also start the next pattern (`is Int | 0`), so a type pattern has its own
// union rule: only there does telling the two apart need lookahead; after any other type a `|`
// always continues it.
patternType: postfixType (PIPE postfixType)*;
type: postfixType (PIPE postfixType)*;
postfixType: primaryType (rangeSuffix | QUESTION*);
rangeSuffix: IN rangeBound? DOTDOT rangeBound?;
rangeBound: MINUS? (INT | FLOAT);
primaryType
    : SCHEMA plainString                                         # schemaFileType
    | name                                                       # namedType
    | NULL                                                       # nullType
    | FN                                                         # fnType
    | plainString                                                # literalType
    | LBRACK type (COLON type)? RBRACK                           # listType
    | LBRACE (fieldType (COMMA fieldType)* COMMA?)? RBRACE       # recordType
    | LPAREN type RPAREN                                         # parenType
    ;
fieldType: fieldName COLON type plainString?;

stringLiteral
    : STRING_OPEN stringPart* STRING_CLOSE
    | TSTRING_OPEN tstringPart* TSTRING_CLOSE
    | RAW_STRING
    | RAW_TSTRING
    ;
stringPart: STR_TEXT | STR_ESCAPE | STR_INTERP expr formatSpec? RBRACE;
tstringPart: TSTR_TEXT | TSTR_QUOTE | TSTR_ESCAPE | TSTR_INTERP expr formatSpec? RBRACE;
// `"{price:>8.2f}"`: no expression has a `:` outside brackets, so one there starts a format spec.
formatSpec: COLON FORMAT_SPEC?;
plainString: STRING_OPEN (STR_TEXT | STR_ESCAPE)* STRING_CLOSE | RAW_STRING | RAW_TSTRING;

name: IDENT | FROM | ON | EXTERNAL | CONTEXT | SCHEMA;
// A field's name may be any word, keywords too: JSON data has fields like `type`, `model`, `in`.
fieldName
    : name | LET | VAR | FN | TYPE | IF | ELSE | WHILE | FOR | IN | BREAK | CONTINUE | RETURN
    | MATCH | IS | TRY | CATCH | FINALLY | THROW | IMPORT | AS | WITH | NULL | TRUE | FALSE
    | GEN | EXTRACT | CLASSIFY | CHECK | MODEL | USING | FALLBACK
    ;
