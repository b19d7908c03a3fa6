×
p
a1:+/tmp/robust_seedgen/speaker_changed.jsonl:1B;"We will not give up," Smith said. The talks resume Monday.+
e1Smith*Smith:
Smith¥
We will not give up,We will not give up,"
Smithe1Smith *
!said2We will not give up,=fff?B&"""We will not give up," Smith said.:
text.icu:
entities.perceptron<:
numbers.rules=:
quotes.said_verbL:
coref.rules	:
claims.rules:B0f0036942086d1d4J	newsie.v1×
p
a1:+/tmp/robust_seedgen/speaker_changed.jsonl:2B;"We will not give up," Jones said. The talks resume Monday.+
e1Jones*Jones:
Jones¥
We will not give up,We will not give up,"
Jonese1Jones *
!said2We will not give up,=fff?B&"""We will not give up," Jones said.:
text.icu:
entities.perceptron<:
numbers.rules=:
quotes.said_verbL:
coref.rules	:
claims.rules:B0f0036942086d1d4J	newsie.v1