# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x09\x95\
#\
 The evening rou\
tine: the wall c\
alf stretch from\
 the original ad\
vice (hold 10 s,\
\x0a# rest 5 s, 3 t\
imes each leg), \
a slow walk, a c\
alf massage and \
a bedtime tip.\x0a#\
 Sources and rea\
sons: shared HEA\
LTH.md, shown in\
 the app's \x22Abou\
t the advice\x22 pa\
ge.\x0aid = \x22evenin\
g\x22\x0atitle = \x22Even\
ing routine\x22\x0ades\
cription = \x22Wall\
 calf stretch fo\
r each leg, a sl\
ow walk, a calf \
massage and a ti\
p for bed. About\
 8 minutes.\x22\x0aadj\
ustable = true\x0a\x0a\
[[steps]]\x0aid = \x22\
calf-left\x22\x0atitle\
 = \x22Wall calf st\
retch, left leg\x22\
\x0akind = \x22hold-re\
st\x22\x0apose = \x22wall\
-calf-stretch\x22\x0as\
ide = \x22left\x22\x0ahol\
d_seconds = 10\x0ar\
est_seconds = 5\x0a\
reps = 3\x0ainstruc\
tions = \x22\x22\x22\x0aFace\
 a wall and put \
both hands on it\
 at chest height\
. Put your right\
 foot about 2 ft\
 \x5c\x0a(60 cm) from \
the wall and you\
r left foot abou\
t 3 ft (90 cm) b\
ack. Bend the ri\
ght knee, \x5c\x0akeep\
 the left leg st\
raight and its h\
eel on the floor\
, and lean in un\
til you feel a g\
entle \x5c\x0astretch \
in the left calf\
. Breathe calmly\
; it should neve\
r hurt.\x22\x22\x22\x0a\x0a[[st\
eps]]\x0aid = \x22calf\
-right\x22\x0atitle = \
\x22Wall calf stret\
ch, right leg\x22\x0ak\
ind = \x22hold-rest\
\x22\x0apose = \x22wall-c\
alf-stretch\x22\x0asid\
e = \x22right\x22\x0ahold\
_seconds = 10\x0are\
st_seconds = 5\x0ar\
eps = 3\x0ainstruct\
ions = \x22\x22\x22\x0aNow t\
he other way rou\
nd: left foot ab\
out 2 ft (60 cm)\
 from the wall, \
right foot about\
 \x5c\x0a3 ft (90 cm) \
back. Bend the l\
eft knee, keep t\
he right leg str\
aight and its he\
el on the \x5c\x0afloo\
r, and lean in u\
ntil you feel a \
gentle stretch i\
n the right calf\
.\x22\x22\x22\x0a\x0a[[steps]]\x0a\
id = \x22walk\x22\x0atitl\
e = \x22A short, sl\
ow walk\x22\x0akind = \
\x22timed\x22\x0apose = \x22\
walking\x22\x0aword = \
\x22Walk\x22\x0aseconds =\
 120\x0ainstruction\
s = \x22\x22\x22\x0aWalk slo\
wly around the r\
oom. Don't overd\
o it: this is to\
 loosen up, not \
to exercise.\x22\x22\x22\x0a\
\x0a[[steps]]\x0aid = \
\x22massage-left\x22\x0at\
itle = \x22Calf mas\
sage, left leg\x22\x0a\
kind = \x22timed\x22\x0ap\
ose = \x22calf-mass\
age\x22\x0aside = \x22lef\
t\x22\x0aword = \x22Massa\
ge\x22\x0aseconds = 60\
\x0ainstructions = \
\x22\x22\x22\x0aSit down and\
 gently knead yo\
ur left calf wit\
h both hands, wo\
rking from the a\
nkle up \x5c\x0atoward\
s the knee. A wa\
rming ointment i\
s optional; a wa\
rm bath or showe\
r works too.\x22\x22\x22\x0a\
\x0a[[steps]]\x0aid = \
\x22massage-right\x22\x0a\
title = \x22Calf ma\
ssage, right leg\
\x22\x0akind = \x22timed\x22\
\x0apose = \x22calf-ma\
ssage\x22\x0aside = \x22r\
ight\x22\x0aword = \x22Ma\
ssage\x22\x0aseconds =\
 60\x0ainstructions\
 = \x22\x22\x22\x0aNow the r\
ight calf: knead\
 it gently with \
both hands, from\
 the ankle up to\
wards the knee.\x22\
\x22\x22\x0a\x0a[[steps]]\x0aid\
 = \x22bedtime-tip\x22\
\x0atitle = \x22In bed\
\x22\x0akind = \x22tip\x22\x0ap\
ose = \x22lying-bac\
k\x22\x0ainstructions \
= \x22\x22\x22\x0aTry not to\
 lie for long wi\
th your toes poi\
nted. Keep the s\
heets and blanke\
ts loose at the \
\x5c\x0afoot of the be\
d so they don't \
push your feet d\
own. Sleep well.\
\x22\x22\x22\x0a\
\x00\x00\x08\x11\
#\
 The protocol of\
 the 2012 random\
ised trial (Hall\
egraeff et al., \
Journal of\x0a# Phy\
siotherapy 58:17\
-22): calf and h\
amstring stretch\
es for each leg,\
 hold 10 s,\x0a# re\
st 10 s, 3 times\
, immediately be\
fore sleep. Run \
as published, so\
 not adjustable.\
\x0aid = \x22trial\x22\x0ati\
tle = \x22Trial pro\
tocol (calf and \
hamstring)\x22\x0adesc\
ription = \x22The s\
tretches of the \
2012 trial in ol\
der adults: calf\
 and hamstring, \
each leg, hold 1\
0 s, rest 10 s, \
3 times. About 4\
 minutes, just b\
efore sleep.\x22\x0aad\
justable = false\
\x0a\x0a[[steps]]\x0aid =\
 \x22calf-left\x22\x0atit\
le = \x22Standing c\
alf stretch, lef\
t leg\x22\x0akind = \x22h\
old-rest\x22\x0apose =\
 \x22wall-calf-stre\
tch\x22\x0aside = \x22lef\
t\x22\x0ahold_seconds \
= 10\x0arest_second\
s = 10\x0areps = 3\x0a\
instructions = \x22\
\x22\x22\x0aHands on the \
wall at chest he\
ight, right foot\
 forward with th\
e knee bent, lef\
t leg back \x5c\x0aand\
 straight with i\
ts heel on the f\
loor. Lean in to\
 a moderate stre\
tch in the left \
calf, \x5c\x0anot a pa\
inful one, and b\
reathe calmly.\x22\x22\
\x22\x0a\x0a[[steps]]\x0aid \
= \x22calf-right\x22\x0at\
itle = \x22Standing\
 calf stretch, r\
ight leg\x22\x0akind =\
 \x22hold-rest\x22\x0apos\
e = \x22wall-calf-s\
tretch\x22\x0aside = \x22\
right\x22\x0ahold_seco\
nds = 10\x0arest_se\
conds = 10\x0areps \
= 3\x0ainstructions\
 = \x22\x22\x22\x0aLeft foot\
 forward with th\
e knee bent, rig\
ht leg back and \
straight with it\
s heel on the \x5c\x0a\
floor. Lean in t\
o a moderate str\
etch in the righ\
t calf and breat\
he calmly.\x22\x22\x22\x0a\x0a[\
[steps]]\x0aid = \x22h\
amstring-left\x22\x0at\
itle = \x22Standing\
 hamstring stret\
ch, left leg\x22\x0aki\
nd = \x22hold-rest\x22\
\x0apose = \x22hamstri\
ng-stretch\x22\x0aside\
 = \x22left\x22\x0ahold_s\
econds = 10\x0arest\
_seconds = 10\x0are\
ps = 3\x0ainstructi\
ons = \x22\x22\x22\x0aPut yo\
ur left heel on \
a low step with \
the knee straigh\
t. Keeping your \
back straight, \x5c\
\x0ahinge forward f\
rom the hips unt\
il you feel a mo\
derate stretch a\
t the back of th\
e left \x5c\x0athigh. \
Hold on to somet\
hing steady if y\
ou need to.\x22\x22\x22\x0a\x0a\
[[steps]]\x0aid = \x22\
hamstring-right\x22\
\x0atitle = \x22Standi\
ng hamstring str\
etch, right leg\x22\
\x0akind = \x22hold-re\
st\x22\x0apose = \x22hams\
tring-stretch\x22\x0as\
ide = \x22right\x22\x0aho\
ld_seconds = 10\x0a\
rest_seconds = 1\
0\x0areps = 3\x0ainstr\
uctions = \x22\x22\x22\x0aNo\
w the right heel\
 on the step, kn\
ee straight. Hin\
ge forward from \
the hips, back \x5c\
\x0astraight, until\
 you feel a mode\
rate stretch at \
the back of the \
right thigh.\x22\x22\x22\x0a\
\
\x00\x00\x05\xa3\
#\
 What to do duri\
ng a cramp in th\
e night: the tow\
el stretch, a fe\
w steps, a massa\
ge.\x0a# Sources: M\
ayo Clinic and N\
ICE CKS on leg c\
ramps (see the \x22\
About the advice\
\x22 page).\x0aid = \x22c\
ramp-relief\x22\x0atit\
le = \x22Cramp reli\
ef\x22\x0adescription \
= \x22For a cramp i\
n the night: a t\
owel stretch unt\
il it eases, a f\
ew steps, a gent\
le massage.\x22\x0aadj\
ustable = false\x0a\
\x0a[[steps]]\x0aid = \
\x22towel-stretch\x22\x0a\
title = \x22Towel s\
tretch\x22\x0akind = \x22\
hold-rest\x22\x0apose \
= \x22towel-stretch\
\x22\x0ahold_seconds =\
 30\x0arest_seconds\
 = 5\x0areps = 2\x0ain\
structions = \x22\x22\x22\
\x0aSit with the cr\
amping leg strai\
ght out in front\
 of you. Loop a \
towel (or a belt\
) around \x5c\x0athe b\
all of the foot \
and gently pull \
your toes toward\
s you until the \
cramp eases.\x22\x22\x22\x0a\
\x0a[[steps]]\x0aid = \
\x22few-steps\x22\x0atitl\
e = \x22A few steps\
\x22\x0akind = \x22timed\x22\
\x0apose = \x22walking\
\x22\x0aword = \x22Walk\x22\x0a\
seconds = 60\x0ains\
tructions = \x22\x22\x22\x0a\
Stand up careful\
ly and walk a fe\
w slow steps, pu\
tting your weigh\
t on the leg tha\
t cramped.\x22\x22\x22\x0a\x0a[\
[steps]]\x0aid = \x22m\
assage\x22\x0atitle = \
\x22Gentle massage\x22\
\x0akind = \x22timed\x22\x0a\
pose = \x22calf-mas\
sage\x22\x0aword = \x22Ma\
ssage\x22\x0aseconds =\
 60\x0ainstructions\
 = \x22\x22\x22\x0aSit down \
and gently knead\
 the calf that c\
ramped, from the\
 ankle up toward\
s the knee.\x22\x22\x22\x0a\x0a\
[[steps]]\x0aid = \x22\
when-to-get-help\
\x22\x0atitle = \x22When \
to get help\x22\x0akin\
d = \x22tip\x22\x0apose =\
 \x22lying-back\x22\x0ain\
structions = \x22\x22\x22\
\x0aGet medical hel\
p at once if a c\
ramp lasts more \
than 10 minutes \
and does not eas\
e, or if \x5c\x0aone c\
alf is painful, \
swollen, warm an\
d red. Otherwise\
, back to bed: k\
eep the sheets l\
oose \x5c\x0aat the fo\
ot of the bed.\x22\x22\
\x22\x0a\
\x00\x00\x01\xa4\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <title>Bedt\
ime Coach</title\
>\x0a  <!-- A night\
-blue disc, a wa\
rm crescent moon\
 and a star: bed\
time, at a glanc\
e. -->\x0a  <circle\
 cx=\x2232\x22 cy=\x2232\x22\
 r=\x2230\x22 fill=\x22#1\
f2a52\x22/>\x0a  <path\
 d=\x22M38 12a20 20\
 0 1 0 14 34A16 \
16 0 0 1 38 12z\x22\
 fill=\x22#f4c95d\x22/\
>\x0a  <path d=\x22M47\
 15l1.6 3.4 3.4 \
1.6-3.4 1.6L47 2\
5l-1.6-3.4L42 20\
l3.4-1.6z\x22 fill=\
\x22#f8e7b0\x22/>\x0a</sv\
g>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x08\
\x06\xcb\x0b\xe3\
\x00r\
\x00o\x00u\x00t\x00i\x00n\x00e\x00s\
\x00\x0c\
\x09<@<\
\x00e\
\x00v\x00e\x00n\x00i\x00n\x00g\x00.\x00t\x00o\x00m\x00l\
\x00\x0a\
\x07\xfa\xc7\xdc\
\x00t\
\x00r\x00i\x00a\x00l\x00.\x00t\x00o\x00m\x00l\
\x00\x11\
\x0c\xae\x12\xdc\
\x00c\
\x00r\x00a\x00m\x00p\x00-\x00r\x00e\x00l\x00i\x00e\x00f\x00.\x00t\x00o\x00m\x00l\
\
\x00\x11\
\x06I\xf8\xa7\
\x00b\
\x00e\x00d\x00t\x00i\x00m\x00e\x00-\x00c\x00o\x00a\x00c\x00h\x00.\x00s\x00v\x00g\
\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x06\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x03\x00\x00\x00\x03\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00D\x00\x00\x00\x00\x00\x01\x00\x00\x09\x99\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00&\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00^\x00\x00\x00\x00\x00\x01\x00\x00\x11\xae\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x86\x00\x00\x00\x00\x00\x01\x00\x00\x17U\
\x00\x00\x00\x00\x00\x00\x03\xe8\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
