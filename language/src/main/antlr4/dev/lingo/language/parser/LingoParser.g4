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
    | FN name LPAREN params? RPAREN (ARROW type)? functionBody   # functionStatement
    | TYPE name ASSIGN type                                      # typeStatement
    | EXTERNAL FN name LPAREN params? RPAREN (ARROW type)?       # externalStatement
    | IMPORT plainString (AS name)?                              # importStatement
    | WHILE expr block                                           # whileStatement
    | FOR name (COMMA name)? IN expr block                       # forStatement
    | BREAK                                                      # breakStatement
    | CONTINUE                                                   # continueStatement
    | RETURN expr?                                               # returnStatement
    | THROW expr                                                 # throwStatement
    | name op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN) expr # assignStatement
    | MODEL name ASSIGN expr (FALLBACK name)*                     # modelStatement
    | CONTEXT expr block                                         # contextStatement
    | expr                                                       # expressionStatement
    ;

functionBody: ASSIGN expr | block;
block: LBRACE statements RBRACE;
params: param (COMMA param)* COMMA?;
param: name (COLON type)?;

expr
    : primary                                                    # primaryExpr
    | expr DOT name                                              # memberExpr
    | expr SAFEDOT name                                          # safeMemberExpr
    | expr LPAREN args? RPAREN                                   # callExpr
    | expr LBRACK expr RBRACK                                    # indexExpr
    | expr WITH recordLiteral                                    # withExpr
    | op=(MINUS | BANG) expr                                     # unaryExpr
    | expr op=(STAR | SLASH | PERCENT) expr                      # binaryExpr
    | expr op=(PLUS | MINUS) expr                                # binaryExpr
    | expr op=(DOTDOT | DOTDOTLT) expr                           # rangeExpr
    | expr IS type                                               # isExpr
    | expr op=(LT | LE | GT | GE) expr                           # binaryExpr
    | expr op=(EQ | NE) expr                                     # binaryExpr
    | expr op=ANDAND expr                                        # logicalExpr
    | expr op=OROR expr                                          # logicalExpr
    | <assoc=right> expr COALESCE expr                           # coalesceExpr
    ;

args: expr (COMMA expr)* COMMA?;

primary
    : INT                                                        # intLiteral
    | FLOAT                                                      # floatLiteral
    | (TRUE | FALSE)                                             # boolLiteral
    | NULL                                                       # nullLiteral
    | stringLiteral                                              # stringExpr
    | LBRACK args? RBRACK                                        # listLiteral
    | recordLiteral                                              # recordExpr
    | name ARROW expr                                            # shortLambda
    | LPAREN params? RPAREN ARROW expr                           # parenLambda
    | FN LPAREN params? RPAREN (ARROW type)? block                # fnLambda
    | name                                                       # nameExpr
    | LPAREN expr RPAREN                                         # parenExpr
    | ifExpr                                                     # ifExpression
    | MATCH expr LBRACE matchArm* RBRACE                         # matchExpr
    | TRY block CATCH name? block                                # tryExpr
    | block                                                      # blockExpr
    | GEN type? FROM expr usingClause?                           # genExpr
    | EXTRACT type FROM expr usingClause?                        # extractExpr
    | CLASSIFY expr AS type usingClause?                         # classifyExpr
    | CHECK expr ON expr usingClause?                            # checkExpr
    ;

// `using fast`, `using fast {temperature: 0.2}`, `using {seed: 7}`: the model and call options.
usingClause: USING (name recordLiteral? | recordLiteral);

ifExpr: IF expr block (ELSE (ifExpr | block))?;

recordLiteral: LBRACE (recordEntry (COMMA recordEntry)* COMMA?)? RBRACE;
recordEntry: (name | plainString) COLON expr;

matchArm: pattern (PIPE pattern)* (IF expr)? ARROW (expr) COMMA?;
pattern
    : MINUS? (INT | FLOAT)                                        # numberPattern
    | plainString                                                # stringPattern
    | (TRUE | FALSE)                                             # boolPattern
    | NULL                                                       # nullPattern
    | IS type                                                    # typePattern
    | name                                                       # bindPattern
    ;

type: postfixType (PIPE postfixType)*;
postfixType
    : primaryType IN rangeBound? DOTDOT rangeBound?              # rangeType
    | primaryType QUESTION*                                      # optionalType
    ;
rangeBound: MINUS? (INT | FLOAT);
primaryType
    : SCHEMA plainString                                         # schemaFileType
    | name                                                       # namedType
    | NULL                                                       # nullType
    | FN                                                         # fnType
    | plainString                                                # literalType
    | LBRACK type RBRACK                                         # listType
    | LBRACE (fieldType (COMMA fieldType)* COMMA?)? RBRACE       # recordType
    | LPAREN type RPAREN                                         # parenType
    ;
fieldType: name COLON type plainString?;

stringLiteral
    : STRING_OPEN stringPart* STRING_CLOSE
    | TSTRING_OPEN tstringPart* TSTRING_CLOSE
    ;
stringPart: STR_TEXT | STR_ESCAPE | STR_INTERP expr RBRACE;
tstringPart: TSTR_TEXT | TSTR_QUOTE | TSTR_ESCAPE | TSTR_INTERP expr RBRACE;
plainString: STRING_OPEN (STR_TEXT | STR_ESCAPE)* STRING_CLOSE;

name: IDENT | FROM | ON | EXTERNAL | CONTEXT | SCHEMA;
