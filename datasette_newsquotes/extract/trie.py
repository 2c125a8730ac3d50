"""One regex for a word list, shaped as a trie: shared by every extractor that scans for words."""
import re


def trie_pattern(words):
    """A regex alternation of ``words`` factored as a trie ("mai|mars|mardi" -> "ma(?:i|r(?:s|di))"): Python's
    engine tries a trie branch by branch on one character, which makes a long word list cheap to scan."""
    words = [w for w in words if w]
    if not words:
        return "(?!x)x"
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node):
        alts = []
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        end = "" in node
        body = alts[0] if len(alts) == 1 and not end else "(?:{})".format("|".join(alts))
        return "(?:{})?".format(body[3:-1] if body.startswith("(?:") and len(alts) > 1 else body) if end else body
    return build(trie)


def word_scans(words_pattern):
    """The scans :func:`scan_words` runs for an alternation of words, in lower-case text: a word after a space
    (the engine finds the literal space fast), after any other character that is not a word character, and at
    the text's start; what the one scan ``(?<!\\w)(?:words)`` (the first of the four) finds, at a fraction of
    its cost, since a pattern opening with a look-behind is tried at every position."""
    return (re.compile(r"(?<!\w)(?:" + words_pattern + ")"), re.compile(" (" + words_pattern + ")"),
            re.compile(r"[^ \w](" + words_pattern + ")"), re.compile("(" + words_pattern + ")"))


def scan_words(low, sc):
    """The (start, end) of every match of ``sc[0]`` in ``low``, in order, found by the scans of ``sc`` (see
    :func:`word_scans`; the dates' :func:`.timex.word_scanner` adds runs of digits)."""
    if len(sc) == 1:
        return [m.span() for m in sc[0].finditer(low)]
    _, after_space, other, at_start = sc
    out = [m.span(m.lastindex) for m in after_space.finditer(low)]
    # a run of digits is a match of its own: its first digit comes after a non-digit, or the scan would have
    # taken it with the digit before
    out += [m.span(m.lastindex) if m.lastindex else m.span() for m in other.finditer(low)]
    m = at_start.match(low)
    if m:
        out.append(m.span(m.lastindex))
    out.sort()
    return out
