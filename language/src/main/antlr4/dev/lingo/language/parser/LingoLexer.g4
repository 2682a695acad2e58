// Tokens of Lingo. String interpolation uses lexer modes: `{` inside a string pushes the
// default mode and the matching `}` pops back into the string. A `:` at the top level of an
// interpolation switches to FORMAT mode (ModeSafeLexer does that) for the format spec up to `}`.
lexer grammar LingoLexer;

LET: 'let'; VAR: 'var'; FN: 'fn'; TYPE: 'type'; IF: 'if'; ELSE: 'else'; WHILE: 'while';
FOR: 'for'; IN: 'in'; BREAK: 'break'; CONTINUE: 'continue'; RETURN: 'return';
MATCH: 'match'; IS: 'is'; TRY: 'try'; CATCH: 'catch'; FINALLY: 'finally'; THROW: 'throw'; IMPORT: 'import';
AS: 'as'; WITH: 'with'; NULL: 'null'; TRUE: 'true'; FALSE: 'false';
// Reserved for the LLM opcodes.
GEN: 'gen'; EXTRACT: 'extract'; CLASSIFY: 'classify'; CHECK: 'check'; MODEL: 'model';
USING: 'using'; FALLBACK: 'fallback';
// Contextual keywords: also valid names.
FROM: 'from'; ON: 'on'; EXTERNAL: 'external'; CONTEXT: 'context'; SCHEMA: 'schema';

ARROW: '->'; ELLIPSIS: '...'; DOTDOTLT: '..<'; DOTDOT: '..'; SAFEDOT: '?.'; COALESCE: '??';
EQ: '=='; NE: '!='; LE: '<='; GE: '>='; LT: '<'; GT: '>';
ANDAND: '&&'; OROR: '||'; PLUS_ASSIGN: '+='; MINUS_ASSIGN: '-='; STAR_ASSIGN: '*=';
SLASH_ASSIGN: '/='; PERCENT_ASSIGN: '%=';
ASSIGN: '='; PLUS: '+'; MINUS: '-'; STAR: '*'; SLASH: '/'; PERCENT: '%'; BANG: '!';
QUESTION: '?'; DOT: '.'; COMMA: ','; COLON: ':'; SEMI: ';'; PIPE: '|';
LPAREN: '('; RPAREN: ')'; LBRACK: '['; RBRACK: ']';
LBRACE: '{' -> pushMode(DEFAULT_MODE);
RBRACE: '}' -> popMode;

FLOAT: DIGITS '.' DIGITS EXPONENT? | DIGITS EXPONENT;
INT: '0' [xX] HEX_DIGIT ('_'* HEX_DIGIT)* | DIGITS;
// A digit run glued to letters (`0xZZ`, `12abc`): one token, so the error names all of it.
BAD_NUMBER: [0-9] [0-9a-zA-Z_]*;
// Raw strings: no escapes and no interpolation, so `r"\d+"` is the regular expression \d+.
RAW_TSTRING: 'r"""' .*? '"""';
UNCLOSED_RAW_TSTRING: 'r"""' (~'"' | '"' ~'"' | '""' ~'"')* ('"' | '""')? EOF;
RAW_STRING: 'r"' ~["\r\n]* '"';
UNCLOSED_RAW_STRING: 'r"' ~["\r\n]*;
IDENT: [a-zA-Z_] [a-zA-Z_0-9]*;

TSTRING_OPEN: '"""' -> pushMode(TSTRING);
STRING_OPEN: '"' -> pushMode(STRING);

LINE_COMMENT: '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
UNCLOSED_COMMENT: '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
WS: [ \t\r\n\f]+ -> channel(HIDDEN);
ERROR_CHAR: .;

// `_` only between digits: `1_000`, not `1_` or `0x_FF` (those are malformed numbers).
fragment DIGITS: [0-9] ('_'* [0-9])*;
fragment HEX_DIGIT: [0-9a-fA-F];
fragment EXPONENT: [eE] [+-]? [0-9]+;
fragment ESCAPE: '\\' ([ntr0"\\{}] | 'u{' [0-9a-fA-F]+ '}');

mode STRING;
STR_TEXT: ~["\\{\r\n]+;
STR_ESCAPE: ESCAPE;
STR_BAD_ESCAPE: '\\' .?;
STR_INTERP: '{' -> pushMode(DEFAULT_MODE);
STR_NEWLINE: '\r'? '\n';
STRING_CLOSE: '"' -> popMode;

mode TSTRING;
TSTRING_CLOSE: '"""' -> popMode;
TSTR_TEXT: (~["\\{] | '"' ~["\\{] | '""' ~["\\{])+;
TSTR_QUOTE: '"';
TSTR_ESCAPE: ESCAPE;
TSTR_BAD_ESCAPE: '\\' .?;
TSTR_INTERP: '{' -> pushMode(DEFAULT_MODE);

mode FORMAT;
FORMAT_SPEC: ~[{}"\\\r\n]+;
FORMAT_END: '}' -> type(RBRACE), popMode;
FORMAT_BAD: .;
