"""Closed-class Arabic words the rules reason with, in normalised spelling (أ إ آ → ا, ة → ه, ى → ي).

Prepositions, complementisers, negation, future and modality particles, time words: small fixed sets that decide
where a name, a noun phrase or a clause ends, and whether an event is asserted.
"""

from __future__ import annotations

from workers.lang.ar.normalise import normalise


def word_set(words: str) -> frozenset[str]:
    """The normalised forms of the white-space separated ``words``."""
    return frozenset(normalise(w) for w in words.split())


_set = word_set


PREPOSITIONS = _set(
    "في على عن من إلى الى مع ضد عبر حول بين لدى نحو تجاه إزاء بشأن بخصوص خلال منذ حتى عند بعد قبل أمام وراء فوق تحت "
    "دون ب ل ك"
)
# Prepositions that introduce the other party of an event ("هاجم ... على", "اجتمع مع", "زار ... إلى").
TARGET_PREPOSITIONS = _set("على ضد مع إلى الى ل لـ تجاه بحق")
COMPLEMENTISERS = _set(
    "أن إن أنّ إنّ ان أنه إنه أنها إنها أنهم إنهم أنهما إنهما أننا إننا أنني إنني بأن بأنه بأنها بأنهم"
)
CONJUNCTIONS = _set("و ف ثم أو أم لكن بل")
RELATIVES = _set("الذي التي الذين اللذين اللتين اللاتي اللواتي اللذان اللتان ما من")
PRONOUNS = _set(
    "هو هي هم هما هن أنا نحن أنت أنتم هذا هذه ذلك تلك هؤلاء أولئك هنا هناك فيه فيها فيهم عليه عليها عليهم منه منها "
    "منهم له لها لهم إليه إليها إليهم عنه عنها عنهم به بها بهم معه معها معهم إياه إياها إياهم إياهما"
)
NUMBER_WORDS = _set(
    "واحد اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشر عشرين ثلاثين أربعين خمسين مائة مئة مئات ألف ألفي "
    "آلاف عشرون ثلاثون أربعون خمسون ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين اثنا اثني اثنتين اثنتان "
    "ثلاث أربع خمس ست سبع ثماني تسع"
)
# Quantity heads that take their noun after من ("مجموعة من المتمردين", "العشرات من المسلحين").
QUANTIFIERS = _set(
    "مجموعة عدد عددا العشرات عشرات المئات مئات الآلاف آلاف أحد إحدى احد بعض معظم غالبية كثير العديد عديد بضعة"
)
PARTICLES = _set(
    "قد لقد لم لن لا ما ليس ليست سوف كان كانت يكون تكون قد إذا إذ لو كي كما حيث بينما فيما لأن أي غير عدم "
    "أيضا فقط كذلك وذلك عندما حينما بعدما لما كلما ريثما هل ماذا لماذا كيف متى أين"
)
NEGATORS = _set("لم لن لا ما ليس ليست لسنا غير عدم دون بدون")
NEGATING_VERBS = _set("نفى نفت ينفي تنفي نفوا")
FUTURE_MARKERS = _set("سوف سيتم ستتم يعتزم تعتزم يعتزمون ينوي تنوي يخطط تخطط المقرر المزمع المرتقب المتوقع يرتقب")
HYPOTHETICAL_MARKERS = _set("ربما إذا لو حال احتمال إمكان إمكانية امكانية يمكن يحتمل قد لعل")
TIME_WORDS = _set(
    "اليوم أمس الأمس غدا غداً الليلة البارحة صباح مساء ظهر فجر ليل ليلة يوم الأحد الإثنين الاثنين الثلاثاء الأربعاء "
    "الخميس الجمعة السبت الماضي الماضية المقبل المقبلة القادم القادمة الجاري الجارية الحالي الحالية الأسبوع "
    "الشهر العام السنة حاليا مؤخرا الآن أول آخر حينها آنذاك وقتها"
)
# Openers of a clause whose first noun phrase is its subject: "إن الجيش قصف", "حيث قام المسلحون".
CLAUSE_OPENERS = COMPLEMENTISERS | _set("حيث بينما فيما وفيما إذ عندما حين بعدما لما كما لكن")
# Heads of noun phrases that name a person's victims rather than their attackers ("قُتل شخص", "جرح جنديان").
VICTIM_NOUNS = _set(
    "شخص شخصا أشخاص شخصين شخصان مدني مدنيا مدنيين مدنيون المدنيين المدنيون جندي جنديا جنود جنديين جنديان عسكري عسكريين "
    "شرطي شرطيا شرطيين عنصر عناصر طفل أطفال طفلا امرأة نساء رجل رجال فلسطيني فلسطينيا فلسطينيين مواطن مواطنا مواطنين "
    "صحفي صحافي صحفيا مسلح مسلحا مسلحين قتيل قتيلا قتلى جريح جرحى مصاب مصابين ضحايا ضحية حارس حراس طالب طلاب "
    "ناشط ناشطا ناشطين مسؤول مسؤولا زائر زوار سائح سياح عامل عمال"
)
# Words after which "X" is the content of a report, not its speaker or actor.
REPORT_NOUNS = _set("بيان تصريح تصريحات تقرير مؤتمر رسالة كلمة مقابلة حديث")
# Verbs that carry a nominal event ("شن هجوما", "هجوم نفذه مجهولون", "قام بزيارة").
LIGHT_VERBS = _set(
    "شن شنت شنوا يشن تشن نفذ نفذت نفذوا ينفذ تنفذ نفذه نفذها ارتكب ارتكبت ارتكبه تبنى تبنت قام قامت قاموا يقوم تقوم "
    "أجرى أجرت يجري تجري نظم نظمت نظموا ينظم تنظم"
)
# Words that introduce the one who did a deed told in the passive ("بواسطة شاحنة", "على يد مسلحين", "برصاص قناص").
AGENT_MARKERS = _set("بواسطة برصاص بنيران بقذيفة بصاروخ")
# "نقل عن X [قوله]": the saying of whoever is named before it; never part of a name.
SAYING = word_set("قوله قولها قولهم قولهما")
# How someone spoke, in the accusative after the speaker: "فأجاب [ضاحكا]:", "رد الركراكي [مبتسما]".
MANNER_ADVERBS = word_set(
    "ضاحكا ضاحكة مبتسما مبتسمة مازحا مازحة ساخرا ساخرة متسائلا متسائلة مستدركا مستدركة"
)
ANAPHORS = _set(
    "الدول البلدان الطرفان الطرفين الجانبان الجانبين الوكالة الصحيفة الوزارة البيان المصدر المصادر المسؤول المصدران"
    " الدبلوماسي الدبلوماسية السياسي القيادي الناشط الخبير المسؤولة الوزيران الوزيرين الزعيمان الزعيمين الرئيسان"
    " الرئيسين"
)
