»
ò
a1:+/tmp/robust_seedgen/silent_ellipsis.jsonl:1BcPutin "continues to create options... We want to see him exercise a diplomatic option," Kirby said.N
e1Vladimir Putin"person:vladimir-putin*	Putin:
	PutinBQ7747+
e2Kirby*X]Kirby:
X]Kirbyù
Ocontinues to create options... We want to see him exercise a diplomatic option,[WWPutin "continues to create options... We want to see him exercise a diplomatic option,""
Kirbye2X]Kirby *
^bsaid2UVOcontinues to create options... We want to see him exercise a diplomatic option,=fff?BgccPutin "continues to create options... We want to see him exercise a diplomatic option," Kirby said.:
text.icu:
entities.perceptron<:
numbers.rules=:
quotes.said_verbL:
coref.rules	:
claims.rules:B0f0036942086d1d4J	newsie.v1ﬁ
û
a1:+/tmp/robust_seedgen/silent_ellipsis.jsonl:2BiPutin ‚Äúcontinues to create options. ‚Ä¶ We want to see him exercise a diplomatic option,‚Äù Kirby said.N
e1Vladimir Putin"person:vladimir-putin*	Putin:
	PutinBQ7747+
e2Kirby*^cKirby:
^cKirby≠
Qcontinues to create options. ‚Ä¶ We want to see him exercise a diplomatic option,a]]Putin ‚Äúcontinues to create options. ‚Ä¶ We want to see him exercise a diplomatic option,‚Äù"
Kirbye2^cKirby *
dhsaid2W	ZQcontinues to create options. ‚Ä¶ We want to see him exercise a diplomatic option,=fff?BmiiPutin ‚Äúcontinues to create options. ‚Ä¶ We want to see him exercise a diplomatic option,‚Äù Kirby said.:
text.icu:
entities.perceptron<:
numbers.rules=:
quotes.said_verbL:
coref.rules	:
claims.rules:B0f0036942086d1d4J	newsie.v1