"""Hindi."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="hi",
    name="Hindi",
    weekdays=calendar("सोमवार | मंगलवार | बुधवार | गुरुवार | शुक्रवार | शनिवार | रविवार"),
    hour_units=words("घंटे | घंटा"),
    minute_units=words("मिनट"),
    second_units=words("सेकंड"),
    relative_units=RelativeUnits(
        minute=words("मिनट"),
        hour=words("घंटे | घंटा"),
        day=words("दिन"),
        week=words("सप्ताह | हफ़्ते | हफ्ते"),
        month=words("महीने | महीना"),
        year=words("साल | वर्ष"),
    ),
    ago_after=words("पहले"),
    today=words("आज"),
    sections=Sections(
        chapters=words("अध्याय | टाइमस्टैम्प"),
        transcript=words("ट्रांसक्रिप्ट | प्रतिलेख"),
        description=words("विवरण | एपिसोड के बारे में | सारांश"),
        insights=words("मुख्य बातें"),
    ),
    list_headings=words("नवीनतम एपिसोड | सभी एपिसोड | एपिसोड | आपको यह भी पसंद आ सकता है | मिलते-जुलते पॉडकास्ट"),
    labels=words("अंतिम अपडेट | अपडेट किया गया | श्रेणियाँ | श्रेणी | भाषा"),
    published_labels=words("प्रकाशित"),
    duration_labels=words("अवधि"),
    reading_labels=words("पढ़ने का समय"),
    counters=words("एपिसोड | रेटिंग | फ़ॉलोअर | सब्सक्राइबर"),
    banners=words("… ऐप डाउनलोड करें | … में खोलें | … पर सुनें"),
    bylines=words("पॉडकास्ट द्वारा | प्रस्तुतकर्ता:"),
    show_labels=words("पॉडकास्ट:"),
)
