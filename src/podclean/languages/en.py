"""English."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="en",
    name="English",
    date_order="MDY",
    months=calendar(
        "january jan | february feb | march mar | april apr | may may | june jun"
        " | july jul | august aug | september sep sept | october oct | november nov | december dec"
    ),
    weekdays=calendar(
        "monday mon | tuesday tue tues | wednesday wed | thursday thu thurs | friday fri | saturday sat | sunday sun"
    ),
    hour_units=words("hours | Hours | hour | Hour | hrs | Hrs | hr | Hr | h | H"),
    minute_units=words("minutes | Minutes | minute | Minute | mins | Mins | min | Min | m"),
    second_units=words("seconds | Seconds | second | Second | secs | Secs | sec | Sec | s"),
    duration_joiners=words("and"),
    relative_units=RelativeUnits(
        minute=words("minute | minutes | min | mins | m"),
        hour=words("hour | hours | hr | hrs | h"),
        day=words("day | days | d"),
        week=words("week | weeks | wk | wks | w"),
        month=words("month | months | mo | mos"),
        year=words("year | years | yr | yrs | y"),
    ),
    ago_after=words("ago"),
    today=words("today"),
    yesterday=words("yesterday"),
    sections=Sections(
        chapters=words("timestamps | chapters | chapter markers"),
        transcript=words("transcript | full transcript | episode transcript"),
        description=words(
            "show notes | episode description | description | about this episode | episode notes | summary"
        ),
        insights=words("key takeaways | key insights | takeaways | highlights | key points"),
    ),
    buttons=words(
        "play all | shuffle | sign in | log in | sign up | register | subscribe | follow | share | play | pause | download | menu"
        " | search | home | back to top | more | discover | library | profile | settings | shorts"
        " | subscriptions | videos | episodes | podcasts | save episode | save to library | add to library"
        " | add to queue | add to playlist | play episode | play trailer | play all | play now | resume"
        " | mark as played | see all | show all | view all | load more | load more episodes"
        " | show more episodes | next page | previous page | sort by | filter episodes | add to cart"
        " | add to basket | buy now | try free | try for free | start free trial | start your free trial"
        " | listen to sample | listen to a sample | play sample | add to wishlist | wishlist | copy link"
        " | unfollow | unsubscribe | write a review | create account | get started | show full description"
        " | see full description | reply | support | support the show | become a supporter | donate | embed"
    ),
    read_more=words("read more | show more | see more | view more | continue reading"),
    read_less=words("read less | show less | see less | show fewer | view less"),
    toggles=words("more | less | expand"),
    list_headings=words(
        "more episodes from … | more episodes of … | more summaries from … | more from … | latest episodes | all episodes | recent posts | recent comments | archives | latest posts | older posts | newer posts | recent episodes | popular episodes | more episodes | episodes"
        " | you may also like | similar podcasts | related episodes | top episodes | featured"
        " | more from this show | listen next | up next | newest episodes | bonus episodes"
        " | previous episodes | older episodes | trailers | seasons | all seasons | you might also like"
        " | more like this | recommended for you | customers also bought | listeners also subscribed to"
        " | people also listen to | more from this publisher | more by this narrator | more by this author"
        " | related podcasts | popular podcasts | top podcasts | ratings and reviews | trending now"
        " | comments"
    ),
    labels=words(
        "original title | updated | last refreshed | last updated | updated | categories | category | tags | genre | language | rating"
        " | publisher | narrator | narrated by | format | age rating | sort by | price | explicit | unabridged"
        " | abridged"
    ),
    published_labels=words(
        "published on | published | released on | released | release date | posted on | posted | aired on | aired | date"
    ),
    duration_labels=words("duration | length"),
    reading_labels=words("read time | reading time"),
    expiry_labels=words("available until | available till | expires on | expires"),
    episode_words=words("episode | ep | eps"),
    season_words=words("season | series"),
    series_parts=words("book | volume | vol | part"),
    episode_kinds=words("bonus | trailer | teaser | special | full episode | preview"),
    author_words=words("by | posted by | written by"),
    comment_headings=words(
        "comments | leave a comment | leave a reply | join the discussion | responses to … | response to … | replies to … | thoughts on … | ratings and reviews | ratings & reviews | reviews | customer reviews | listener reviews"
    ),
    cookie_notices=words(
        "we use cookies | this site uses cookies | this website uses cookies | accept cookies | accept all cookies"
    ),
    episode_of=words(
        "this episode of … | every episode of … | in this episode of … | on this episode of … | today on … | this week on … | welcome to …"
    ),
    counters=words(
        "seasons | season | videos | video | episodes | episode | listens | plays | ratings | reviews | followers | subscribers | views"
        " | episodes available | listeners | listener | play | follower | subscriber | rating | review | view"
        " | minutes left | min left | hours left | hr left | comments | likes | downloads | monthly listeners"
        " | star ratings"
    ),
    banners=words(
        "download the … app | get the … app | open in … | open in the … app | listen on … | available on …"
        " | click to read the full transcript | read the full transcript | view transcript"
        " | listen in the app | continue in app | get the app | open in app | open app | open the app"
        " | download the app | listen in the … app | try … free | sign in to listen | log in to listen"
        " | sign up to listen | continue listening in the app | open in the app | included with membership"
        " | included with your membership | included in your membership | show transcript | hide transcript"
        " | follow along using the transcript | results for “…”"
    ),
    cover_captions=words(
        "podcast episode cover | podcast cover | episode artwork | cover art | podcast logo | episode cover"
    ),
    bylines=words("a podcast by | podcast by | hosted by | from | content provided by"),
    official_sites=words("… official site | … official website"),
    show_labels=words("podcast: | show: | programme: | program:"),
    episode_headings=words(
        "episode archive | episodes | all episodes | latest episodes | recent episodes | videos | newest episodes"
    ),
    host_of=words("host of … | co-host of … | cohost of … | presenter of … | narrator of … | narrator for …"),
    programme_kinds=words(
        "course | series | tutorial series | video series | podcast series | newsletter | programme | program | podcast | show"
    ),
    person_kinds=words("person | people | guest | host"),
    guest_cues=words(
        "today's guest … | today’s guest … | our guest … | my guest … | this week's guest … | this week’s guest … | special guest … | sits down with … | sit down with … | speaks with … | talks with … | chats with … | in conversation with … | interviews … | welcomes … | … joins"
    ),
    guest_words=words("guest | guests | episode guest | featured guest"),
    host_words=words(
        "host | hosts | co-host | cohost | guest host | interviewer | co-interviewer | moderator | presenter"
    ),
    honorifics=words("prof. | prof | professor | dr. | dr | col. | mr. | mrs. | ms. | sir"),
    organization_kinds=words(
        "organization | organisation | company | institution | lab | university | startup | agency | government"
    ),
    product_kinds=words(
        "product | software | service | platform | tool | app | application | model | ai-model | ai-agent | agent | feature | technology | infrastructure | protocol | library | framework | hardware | device | dataset | database"
    ),
    concept_kinds=words(
        "concept | idea | process | metric | method | technique | theory | topic | term | practice | principle"
    ),
    place_kinds=words("place | location | city | country | region"),
    function_words=words(
        "the | and | of | to | in | is | that | for | with | on | are | this | from | by | be | as | at | we"
        " | how | what | why | your | you | it | its | not | our | more | new | about | into | who | can"
        " | will | has | was | they | their | which"
    ),
    title_small_words=words(
        "a | an | the | and | or | but | nor | of | in | on | at | to | for | from | by | with | without | into"
        " | onto | over | under | about | after | before | between | beyond | through | across | against"
        " | among | around | during | since | until | via | vs | vs. | versus | as | if | than | while | when"
        " | where | so | per | off | up | out | down | like"
    ),
)
