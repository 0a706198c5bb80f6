"""Every word list the extractor knows, as data tables: the engine sees only what they say.

One module a kind of fact: units and numerals (`units`), the cues of measures, bases and
lists (`cues`), period words (`periods`), the words trimmed off names (`names`), topics
(`topics`), canonical indicators (`indicators`), places (`places`, read from
`places.tsv`) and the layout of a page (`layout`). Each table says why it exists; where
the order of a tuple matters, its comment says so.
"""
