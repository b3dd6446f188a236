"""Hindi."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="hi",
    name="Hindi",
    weekdays=calendar("सोमवार | मंगलवार | बुधवार | गुरुवार | शुक्रवार | शनिवार | रविवार"),
    list_headings=words("नवीनतम एपिसोड | सभी एपिसोड | एपिसोड | आपको यह भी पसंद आ सकता है | मिलते-जुलते पॉडकास्ट"),
    labels=words("पढ़ने का समय | अंतिम अपडेट | अपडेट किया गया | प्रकाशित | अवधि | श्रेणियाँ | श्रेणी | भाषा"),
    counters=words("एपिसोड | रेटिंग | फ़ॉलोअर | सब्सक्राइबर"),
    banners=words("… ऐप डाउनलोड करें | … में खोलें | … पर सुनें"),
    show_labels=words("पॉडकास्ट:"),
)
