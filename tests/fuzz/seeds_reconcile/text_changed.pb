ü
a
a1:(/tmp/robust_seedgen/text_changed.jsonl:1B/"We will not give up on the talks," Smith said.+
e1Smith*$)Smith:
$)SmithÙ
!We will not give up on the talks,'"!We will not give up on the talks,"
Smithe1$)Smith *
*.said2'"!We will not give up on the talks,=fff?B3//"We will not give up on the talks," Smith said.:
text.icu:
entities.perceptron<:
numbers.rules=:
quotes.said_verbL:
coref.rules	:
claims.rules:B0f0036942086d1d4J	newsie.v1ò
_
a1:(/tmp/robust_seedgen/text_changed.jsonl:2B-"We will never give up on peace," Smith said.+
e1Smith*"'Smith:
"'SmithÑ
We will never give up on peace,% We will never give up on peace,"
Smithe1"'Smith *
(,said2% We will never give up on peace,=fff?B1--"We will never give up on peace," Smith said.:
text.icu:
entities.perceptron<:
numbers.rules=:
quotes.said_verbL:
coref.rules	:
claims.rules:B0f0036942086d1d4J	newsie.v1