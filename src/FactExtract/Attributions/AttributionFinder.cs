using FactExtract.Entities.Neural;
using FactExtract.Pipeline;
using FactExtract.Quotes;
using FactExtract.Text;

namespace FactExtract.Attributions;

/// <summary>
/// Finds every attribution of an article (PolNeAR's source, cue and content): the quote stage's
/// quotations as the direct ones, and, sentence by sentence, reported speech outside quote marks —
/// "X said (that) CONTENT", "X told reporters CONTENT", "CONTENT, X said", "CONTENT, said X",
/// "according to X, CONTENT", "CONTENT, according to X", "…, saying CONTENT". A content with quote
/// marks in it is mixed and takes in the quotations inside it. Sources are resolved to names by the
/// quote stage's speaker resolver. Linear in the article: each sentence is lexed once and every rule
/// looks a bounded number of words around its cue.
/// </summary>
internal sealed class AttributionFinder : IProcess
{
    private const int MaxAdjunctWords = 8;

    // How far after its attribution a quotation printed with two apostrophes is looked for: keeps the look linear.
    private const int MaxContinuation = 2000;

    private readonly NeuralNerModel? _tagger;

    /// <summary>The stage with the rules (<see cref="AttributionModel.Rules"/>).</summary>
    public AttributionFinder()
    {
    }

    /// <summary>The stage with the attribution tagger for reported speech (<see cref="AttributionModel.Accurate"/>), or the rules when null.</summary>
    internal AttributionFinder(NeuralNerModel? tagger) => _tagger = tagger;

    public void Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
        Find(document.Text, document.Sentences, document.Entities, document.Quotes, document.Scratch<QuoteScratch>(), document.Scratch<AttributionScratch>(), document.Attributions,
            _tagger is null ? null : new TaggerInput(_tagger, document.Tokens, document.Lines, document.Scratch<NeuralScratch>()));

    /// <summary>What the attribution tagger reads: the model, the document's tokens and lines, and working memory.</summary>
    internal sealed record TaggerInput(NeuralNerModel Model, List<Token> Tokens, IReadOnlyList<Paragraph> Lines, NeuralScratch Scratch);

    /// <summary>Appends the attributions of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    internal static void Find(
        string text,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<EntityMention> entities,
        IReadOnlyList<Quotation> quotes,
        QuoteScratch quoteScratch,
        AttributionScratch scratch,
        List<AttributionMention> output,
        TaggerInput? tagger = null)
    {
        var reported = scratch.Reported;
        reported.Clear();
        var absorbed = scratch.Absorbed;
        absorbed.Clear();
        for (int k = 0; k < quotes.Count; k++) absorbed.Add(false);
        // The quote stage's resolver when it made one for this document (its name index is built already).
        var resolver = quoteScratch.Resolver ?? new SpeakerResolver(text, entities, quoteScratch.Spans, quoteScratch);
        var names = NamesInOrder(entities, scratch.Names);
        if (tagger is not null)
        {
            NeuralAttributions.Find(text, tagger.Tokens, tagger.Lines, quotes, names, resolver, tagger.Model, tagger.Scratch, reported);
        }
        else
        {
            var words = scratch.Words;
            var finder = new SentenceRules(text, quotes, resolver, names, words);
            // Each sentence's words come from the article's words, lexed once for the name index, not from a second lexing.
            var article = resolver.ArticleWords;
            int next = 0;
            foreach (var s in sentences)
            {
                words.Clear();
                while (next < article.Count && article[next].Start < s.Start) next++;
                for (; next < article.Count && article[next].Start < s.End; next++) words.Add(article[next]);
                if (words.Count > 0) finder.Find(s, reported);
            }
        }

        // Rules within a sentence may find a later content first.
        if (reported.Count > 1) reported.Sort(static (x, y) => x.Start.CompareTo(y.Start));

        // "''A,'' Mr. King said. ''B.''": a quotation printed with two apostrophes goes on after its attribution.
        for (int k = 0; k < reported.Count; k++)
        {
            var a = reported[k];
            if (a.Cue is not { } cue || cue.Start < a.End || !a.Text.StartsWith("''", StringComparison.Ordinal)) continue;
            int lineEnd = text.IndexOf('\n', cue.End);
            if (lineEnd < 0) lineEnd = text.Length;
            lineEnd = Math.Min(lineEnd, cue.End + MaxContinuation);
            int open = text.IndexOf("''", cue.End, lineEnd - cue.End, StringComparison.Ordinal);
            if (open < 0 || open + 2 >= lineEnd) continue;
            int close = text.IndexOf("''", open + 2, lineEnd - open - 2, StringComparison.Ordinal);
            if (close < 0 || (k + 1 < reported.Count && reported[k + 1].Start < close + 2)) continue;
            reported[k] = a with { End = close + 2, Text = text[a.Start..(close + 2)] };
        }

        // Quotations inside a mixed content are part of it.
        int q = 0;
        foreach (var a in reported)
        {
            if (a.Kind != AttributionKind.Mixed) continue;
            while (q < quotes.Count && quotes[q].End <= a.Start) q++;
            for (int k = q; k < quotes.Count && quotes[k].Start < a.End; k++)
                if (quotes[k].Start >= a.Start && quotes[k].End <= a.End) absorbed[k] = true;
        }

        // The quotation and output index of the last direct attribution, which the next quotation may go on.
        int r = 0, lastQuote = -1, lastAt = -1;
        for (int k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            while (r < reported.Count && reported[r].Start < quote.Start) output.Add(reported[r++]);
            if (absorbed[k]) continue;
            if (k > 0 && lastQuote == k - 1 && lastAt == output.Count - 1 && SplitBySource(text, quotes[k - 1], quote))
                output[^1] = Joined(text, output[^1], quote);
            else output.Add(Direct(text, quote));
            (lastQuote, lastAt) = (k, output.Count - 1);
        }

        while (r < reported.Count) output.Add(reported[r++]);
    }

    // The PERSON and ORG entities, by start (the entity list also holds the date stage's, in its own order).
    private static List<EntityMention> NamesInOrder(IReadOnlyList<EntityMention> entities, List<EntityMention> names)
    {
        names.Clear();
        foreach (var e in entities)
            if (e.Label is "PERSON" or "ORG") names.Add(e);
        names.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        return names;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on the quotation <paramref name="previous"/> across its own attribution,
    /// "“A,” said Lopez. “B.”": both name the same speaker mention, that mention stands between them, and they share a
    /// paragraph. PolNeAR makes such a pair one attribution whose content has two pieces.
    /// </summary>
    private static bool SplitBySource(string text, Quotation previous, Quotation next)
    {
        const int MaxGap = 200;
        if (previous.SpeakerStart is not int start || previous.SpeakerEnd is not int end) return false;
        if (next.SpeakerStart != start || next.SpeakerEnd != end) return false;
        if (start < previous.End || end > next.Start || next.Start - previous.End > MaxGap) return false;
        return text.AsSpan(previous.End, next.Start - previous.End).IndexOfAny('\n', '\r') < 0;
    }

    // The direct attribution so far with one more quotation as its last piece.
    private static AttributionMention Joined(string text, AttributionMention attribution, Quotation next) =>
        attribution with
        {
            End = next.End,
            Text = text[attribution.Start..next.End],
            Parts = [.. attribution.Parts, new AttributionSpan(next.Text, next.Start, next.End)],
        };

    // A quotation as a direct attribution: the same span and speaker; the cue is looked up next to the speaker.
    private static AttributionMention Direct(string text, Quotation q)
    {
        AttributionSpan? source = q.SpeakerStart is int ss && q.SpeakerEnd is int se ? new AttributionSpan(text[ss..se], ss, se) : null;
        AttributionSpan? cue = null;
        if (q.Cue is { Length: > 0 } c && source is not null)
        {
            // The cue is next to the speaker mention: look in a short window around it, nearest first.
            int from = Math.Max(0, source.Start - 80), to = Math.Min(text.Length, source.End + 80);
            int best = -1;
            for (int i = text.IndexOf(c, from, to - from, StringComparison.Ordinal); i >= 0 && i + c.Length <= to; i = text.IndexOf(c, i + 1, to - i - 1, StringComparison.Ordinal))
            {
                bool outside = i >= q.End || i + c.Length <= q.Start;
                if (outside && (best < 0 || Distance(i, source) < Distance(best, source))) best = i;
                if (i + 1 >= to) break;
            }

            if (best >= 0) cue = new AttributionSpan(c, best, best + c.Length);
        }

        if (cue is null && source is not null) cue = CueBetween(text, q, source);
        return new AttributionMention(AttributionKind.Direct, q.Text, q.Start, q.End, cue, source, q.Speaker);
    }

    /// <summary>
    /// The cue of a quotation the quote stage gave a speaker but no cue: a cue word between the speaker mention and the
    /// quotation ("Trump asks: “…”", "…, saying “…”"), or the dash of "“…” ― Pamela Padilla".
    /// </summary>
    private static AttributionSpan? CueBetween(string text, Quotation q, AttributionSpan source)
    {
        int from = source.End <= q.Start ? source.End : q.End;
        int to = source.End <= q.Start ? q.Start : source.Start;
        if (to <= from || to - from > 120) return null;
        var words = new List<Word>();
        WordLexer.Lex(text, from, to, words);
        foreach (var w in words)
        {
            if (w.Kind == WordKind.Word)
            {
                var s = w.Span(text);
                if (ReportingCues.IsSaying(s) || ReportingCues.IsParticiple(s) || LearnedCues.Words.Contains(s) || CueLexicon.IsCue(s))
                    return new AttributionSpan(text[w.Start..w.End], w.Start, w.End);
            }
            else if (w.Kind == WordKind.Punct && text[w.Start] is '―' or '—' or '–' && words.Count == 1)
            {
                return new AttributionSpan(text[w.Start..w.End], w.Start, w.End);
            }
        }

        return null;
    }

    private static int Distance(int i, AttributionSpan s) => i >= s.End ? i - s.End : s.Start - i;

    /// <summary>The rules over one sentence's words.</summary>
    private sealed class SentenceRules
    {
        private readonly string _text;
        private readonly IReadOnlyList<Quotation> _quotes;
        private readonly SpeakerResolver _resolver;
        private readonly IReadOnlyList<EntityMention> _entities;
        private readonly List<Word> _w;
        private int _quote;

        // The word the rules go on from when a rule found no attribution but settled the words before it.
        private int _skipTo;

        public SentenceRules(string text, IReadOnlyList<Quotation> quotes, SpeakerResolver resolver, IReadOnlyList<EntityMention> entities, List<Word> words)
        {
            _entities = entities;
            _text = text;
            _quotes = quotes;
            _resolver = resolver;
            _w = words;
        }

        public void Find(Sentence sentence, List<AttributionMention> output)
        {
            var w = _w;
            int n = w.Count;
            int contentEnd = ContentEnd(sentence);
            int sentenceStart = w[0].Start;
            _skipTo = 0;
            for (int c = 0; c < n; c++)
            {
                if (w[c].Kind != WordKind.Word || InsideQuote(w[c].Start)) continue;
                var s = w[c].Span(_text);
                // "United States", "Say Mexico demanded …": a capitalised word is no cue ("According to" aside).
                if (char.IsUpper(s[0]) && !s.Equals("According", StringComparison.Ordinal)) continue;
                Found found;
                if (s.Equals("according", StringComparison.OrdinalIgnoreCase))
                {
                    if (c + 1 >= n || !w[c + 1].Span(_text).Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
                    found = AccordingTo(c, sentenceStart, contentEnd);
                }
                else
                {
                    // One lookup per word: most words are no cue.
                    switch (ReportingCues.Classify(s))
                    {
                        case CueClass.Saying: found = Finite(c, sentenceStart, contentEnd, learned: false); break;
                        case CueClass.Participle: found = Participle(c, contentEnd); break;
                        case CueClass.Learned: found = Finite(c, sentenceStart, contentEnd, learned: true); break;
                        default: continue;
                    }
                }

                if (!found.Ok)
                {
                    if (_skipTo > c) c = _skipTo - 1;
                    continue;
                }

                if (Emit(found, output) && found.ContentEnd >= contentEnd) return;
                // Go on after whatever this attribution covered.
                int last = Math.Max(found.ContentEnd, Math.Max(found.CueEnd, w[found.Source.Last].End));
                while (c + 1 < n && w[c + 1].Start < last) c++;
            }
        }

        // "according to X, CONTENT" / "CONTENT, according to X" / "A, according to X, B".
        private Found AccordingTo(int c, int sentenceStart, int contentEnd)
        {
            var w = _w;
            int n = w.Count;
            var p = NounPhrases.Forward(_text, w, c + 2, n, out int after);
            if (!p.Found) return default;
            bool textBefore = HasWordBefore(c);
            int rest = after;
            while (rest < n && w[rest].Kind == WordKind.Punct && _text[w[rest].Start] is ',' or ':') rest++;
            bool textAfter = rest < n && w[rest].Start < contentEnd;
            int cs, ce;
            if (!textBefore)
            {
                if (!textAfter) return default;
                // "According to an announcement posted to its blog, …": the source's modifiers run to the comma.
                if (rest == after && !w[after - 1].IsPunct(_text, ','))
                {
                    for (int k = rest; k < n && k - rest <= 15; k++)
                        if (w[k].IsPunct(_text, ',')) { rest = k + 1; break; }
                    if (rest >= n || w[rest].Start >= contentEnd) return default;
                }

                // "According to X, Y said that …": Y's own attribution is the one to report; nothing before it is a cue.
                if (SaysNext(rest))
                {
                    _skipTo = rest;
                    return default;
                }
                cs = w[rest].Start;
                ce = contentEnd;
            }
            else if (!textAfter)
            {
                cs = sentenceStart;
                ce = c > 0 && w[c - 1].IsPunct(_text, ',') ? w[c - 1].Start : w[c - 1].End;
            }
            else
            {
                cs = sentenceStart;
                ce = contentEnd;
            }

            return new Found(cs, ce, w[c].Start, w[c + 1].End, p, true);
        }

        // "X said (that) …", "X told reporters …", "…, X said", "…, said X".
        // `learned`: the cue is only in the learnt list, so its content must follow it.
        private Found Finite(int c, int sentenceStart, int contentEnd, bool learned)
        {
            var w = _w;
            int n = w.Count;
            var cue = w[c].Span(_text);
            if (c > 0)
            {
                var prev = w[c - 1];
                // "the report", "his claims", "a show": a noun, not a cue.
                if (prev.Kind == WordKind.Possessive || prev.Kind == WordKind.Word && CueLexicon.IsDeterminer(prev.Span(_text))) return default;
                // "when asked", "was told": a passive cue whose source is elsewhere.
                if (prev.Kind == WordKind.Word && prev.Span(_text) is "was" or "were" or "been" or "being" or "be" or "is" or "are" or "when" or "if" or "to") return default;
            }

            // "fiercely opposed by most Republicans", "a view echoed by …": a passive cue whose source is elsewhere.
            if (c + 1 < n && w[c + 1].Kind == WordKind.Word && w[c + 1].Span(_text) is "by") return default;
            for (int k = c - 1; k >= 0 && k >= c - 3; k--)
            {
                if (w[k].Kind != WordKind.Word) break;
                var x = w[k].Span(_text);
                if (x is "was" or "were" or "been" or "being" or "be" or "is" or "are" or "wasn’t" or "wasn't" or "weren’t" or "weren't" or "isn’t" or "isn't" or "not") return default;
                if (!(x.Length > 4 && x.EndsWith("ly", StringComparison.Ordinal) || x is "also" or "widely" or "long" or "often")) break;
            }

            // "forcing states to …", "the battleground states": "states" is a cue only after a name or a publication.
            if (cue is "states" or "state" && (c == 0 || !(w[c - 1].Kind == WordKind.Word && (char.IsUpper(_text[w[c - 1].Start]) || CueLexicon.IsPublication(w[c - 1].Span(_text)))))) return default;

            // "As Motherboard reported, the authority announced …": the reported clause's own attribution is the one to report.
            if (w[0].Kind == WordKind.Word && w[0].Span(_text) is "As" or "as" && SkipAux(c + 1) < n && w[SkipAux(c + 1)].IsPunct(_text, ',')) return default;
            int j = AfterCue(c, cue);
            bool nothingAfter = j >= n || w[j].Start >= contentEnd;
            var subject = NounPhrases.Backward(_text, w, c, 0);
            if (learned && (nothingAfter || !subject.Found)) return default;
            if (subject.Found)
            {
                // "CONTENT, X said." / "A, X said, B." — a parenthetical attribution: the content is the rest of the sentence.
                int f = subject.First;
                if (!learned && f >= 2 && IsClauseEnd(w[f - 1]) && WordsBefore(f - 1) >= 2 && (EndsAttribution(c, contentEnd) || Continues(c)))
                {
                    int ce = IsQuoteLike(w[f - 1]) ? w[f - 1].End : w[f - 1].Start;
                    if (Continues(c)) ce = contentEnd;
                    return new Found(sentenceStart, ce, w[c].Start, w[c].End, subject, true);
                }

                if (nothingAfter) return default;
                if (ReportingCues.IsBelieving(cue) && !OpensClause(w[j])) return default;
                return new Found(w[j].Start, Math.Min(NextReport(j, contentEnd), Stop(j, contentEnd)), w[c].Start, w[c].End, subject, true);
            }

            // "CONTENT, said X."
            if (!learned && c > 0 && IsClauseEnd(w[c - 1]) && WordsBefore(c - 1) >= 2)
            {
                var after = NounPhrases.Forward(_text, w, c + 1, n, out int next);
                if (!after.Found) return default;
                while (next < n && w[next].Kind == WordKind.Word && CueLexicon.IsAux(w[next].Span(_text))) next++;
                // "…, said X, who heads …" / "…, said X." / "A, said X, B."
                if (next < n && w[next].Start < contentEnd && !w[next].IsPunct(_text, ',') && !w[next].IsPunct(_text, '(')) return default;
                int ce = IsQuoteLike(w[c - 1]) ? w[c - 1].End : w[c - 1].Start;
                return new Found(sentenceStart, ce, w[c].Start, w[c].End, after, true);
            }

            return default;
        }

        // "…, saying CONTENT": the source is the subject of the sentence's first cue, or of the sentence.
        private Found Participle(int c, int contentEnd)
        {
            var w = _w;
            if (c == 0 || !w[c - 1].IsPunct(_text, ',')) return default;
            int j = AfterCue(c, w[c].Span(_text));
            if (j >= w.Count || w[j].Start >= contentEnd) return default;
            var subject = NounPhrases.SentenceSubject(_text, w, 0, c);
            if (!subject.Found) return default;
            return new Found(w[j].Start, Stop(j, contentEnd), w[c].Start, w[c].End, subject, true);
        }

        // The first word of the content after a cue: past adverbs and days ("said Tuesday"), the listener
        // ("told reporters"), an adjunct ending in a comma or "that" ("said in a statement that"), and a colon.
        private int AfterCue(int c, ReadOnlySpan<char> cue)
        {
            var w = _w;
            int n = w.Count;
            int j = c + 1;
            j = SkipAux(j);
            if (ReportingCues.TakesListener(cue) && j < n && w[j].Kind == WordKind.Word && !w[j].Span(_text).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                var listener = NounPhrases.Forward(_text, w, j, n, out int next);
                if (listener.Found || w[j].Span(_text) is "me" or "us" or "him" or "her" or "them") j = listener.Found ? next : j + 1;
                j = SkipAux(j);
            }

            if (j < n && w[j].Kind == WordKind.Word && w[j].Span(_text) is "in" or "on" or "at" or "during" or "via" or "through" or "to" or "after" or "before" or "with" or "of" or "about")
            {
                for (int k = j + 1; k < n && k - j <= MaxAdjunctWords; k++)
                {
                    if (w[k].Kind == WordKind.Word && w[k].Span(_text) is "that") { j = k; break; }
                    if (w[k].IsPunct(_text, ',') || w[k].IsPunct(_text, ':')) { j = k + 1; break; }
                    if (w[k].Kind == WordKind.QuoteMark || w[k].Kind == WordKind.Punct && _text[w[k].Start] is '.' or ';' or '?' or '!') break;
                }
            }

            j = SkipAux(j);
            while (j < n && w[j].Kind == WordKind.Punct && _text[w[j].Start] is ',' or ':' or '—' or '–') j++;
            return j;
        }

        // A comma or a closing quote mark (or the two apostrophes some papers print for one) before a parenthetical attribution.
        private bool IsClauseEnd(Word x) => x.IsPunct(_text, ',') || IsQuoteLike(x) || x.Kind == WordKind.Punct && _text[x.Start] is '—' or '–';

        private bool IsQuoteLike(Word x) => x.Kind == WordKind.QuoteMark || x.Kind == WordKind.Punct && _text[x.Start] is '\'' or '’' && x.Start > 0 && _text[x.Start - 1] is '\'' or '’';

        private int WordsBefore(int k)
        {
            int count = 0;
            for (int i = 0; i < k && count < 2; i++)
                if (_w[i].Kind == WordKind.Word) count++;
            return count;
        }

        // A subject and a saying verb open the words from `k`: "BlackBerry states that …".
        private bool SaysNext(int k)
        {
            var w = _w;
            for (int v = k + 1; v < w.Count && v - k <= 8; v++)
            {
                if (w[v].Kind != WordKind.Word || !ReportingCues.IsSaying(w[v].Span(_text)) || char.IsUpper(_text[w[v].Start])) continue;
                var subject = NounPhrases.Backward(_text, w, v, k);
                return subject.Found && subject.First == k;
            }

            return false;
        }

        // Where a content after its cue ends: before ", which …", ", as …", ", saying …" — a clause of the reporting sentence.
        private int Stop(int j, int contentEnd)
        {
            var w = _w;
            for (int k = j + 1; k + 1 < w.Count && w[k].Start < contentEnd; k++)
            {
                if (w[k].IsPunct(_text, ',') && w[k + 1].Kind == WordKind.Word && ReportingCues.EndsContent(w[k + 1].Span(_text))) return w[k].Start;
            }

            return contentEnd;
        }

        // Where a content running to the sentence end stops: before "and said …", a second attribution of the same subject.
        private int NextReport(int j, int contentEnd)
        {
            var w = _w;
            for (int k = j + 1; k + 1 < w.Count && w[k].Start < contentEnd; k++)
            {
                if (w[k].Kind != WordKind.Word || !(w[k].Span(_text) is "and" or "but")) continue;
                int v = SkipAux(k + 1);
                if (v < w.Count && w[v].Kind == WordKind.Word && ReportingCues.IsSaying(w[v].Span(_text)) && !ReportingCues.IsBelieving(w[v].Span(_text)))
                    return k > j && w[k - 1].IsPunct(_text, ',') ? w[k - 1].Start : w[k].Start;
            }

            return contentEnd;
        }

        // Nothing but adverbs and one adjunct ("in an interview", "on Tuesday") follows the cue before the sentence ends.
        private bool EndsAttribution(int c, int contentEnd)
        {
            var w = _w;
            int k = SkipAux(c + 1);
            // "…, she told reporters."
            if (ReportingCues.TakesListener(w[c].Span(_text)) && k < w.Count && NounPhrases.Forward(_text, w, k, w.Count, out int listenerEnd).Found) k = SkipAux(listenerEnd);
            if (k < w.Count && w[k].Kind == WordKind.Word && w[k].Span(_text) is "in" or "on" or "at" or "during" or "to" or "after" or "before" or "with" or "of" or "about" or "last" or "this" or "earlier" or "later")
            {
                int limit = Math.Min(w.Count, k + MaxAdjunctWords);
                while (k < limit && w[k].Kind == WordKind.Word && w[k].Start < contentEnd) k++;
            }

            return k >= w.Count || w[k].Start >= contentEnd;
        }

        // "A, X said, B": the sentence goes on after the attribution (past a short adjunct) with more of the content.
        private bool Continues(int c)
        {
            var w = _w;
            for (int k = c + 1; k < w.Count && k - c <= MaxAdjunctWords; k++)
            {
                if (w[k].Kind == WordKind.QuoteMark || w[k].Kind == WordKind.Punct && _text[w[k].Start] is '.' or ';' or '?' or '!' or ':') return false;
                if (w[k].IsPunct(_text, ',')) return k + 1 < w.Count && w[k + 1].Kind == WordKind.Word && !ReportingCues.EndsContent(w[k + 1].Span(_text));
            }

            return false;
        }

        private int SkipAux(int j)
        {
            while (j < _w.Count && _w[j].Kind == WordKind.Word && CueLexicon.IsAux(_w[j].Span(_text)) && !CueLexicon.IsPronoun(_w[j].Span(_text))) j++;
            return j;
        }

        private bool OpensClause(Word x) =>
            x.Kind == WordKind.QuoteMark || x.Kind == WordKind.Word && (ReportingCues.OpensClause(x.Span(_text)) || NounPhrases.IsNameWord(_text, x));

        private bool HasWordBefore(int c)
        {
            for (int k = 0; k < c; k++)
                if (_w[k].Kind == WordKind.Word) return true;
            return false;
        }

        // The sentence without its closing full stop (kept when a closing quote mark follows it).
        private int ContentEnd(Sentence s)
        {
            int e = s.End;
            while (e > s.Start && char.IsWhiteSpace(_text[e - 1])) e--;
            if (e > s.Start && _text[e - 1] is '.' or '!' or '?' or ';' or ':' or ',') e--;
            return e;
        }

        private bool InsideQuote(int offset)
        {
            // Sentences and their words come in text order: the pointer only moves forward.
            while (_quote < _quotes.Count && _quotes[_quote].End <= offset) _quote++;
            return _quote < _quotes.Count && _quotes[_quote].Start <= offset;
        }

        // Adds the attribution unless its content is a quotation (a direct one, the quote stage's) or too short.
        private bool Emit(Found f, List<AttributionMention> output)
        {
            var (s, e) = ReportedContent.Trim(_text, f.ContentStart, f.ContentEnd);
            if (e - s < 4) return false;
            var (outside, marks) = ReportedContent.Measure(_text, _quotes, s, e);
            if (outside < 3) return false;
            var text = _text;
            int ss = _w[f.Source.First].Start, se = _w[f.Source.Last].End;
            string speaker = ReportedContent.NamedInside(_entities, ss, se) ?? _resolver.Resolve(f.Source.Kind, ss, se);
            output.Add(new AttributionMention(
                marks ? AttributionKind.Mixed : AttributionKind.Indirect,
                text[s..e],
                s,
                e,
                new AttributionSpan(text[f.CueStart..f.CueEnd], f.CueStart, f.CueEnd),
                new AttributionSpan(text[ss..se], ss, se),
                speaker));
            return true;
        }
    }

    private readonly record struct Found(int ContentStart, int ContentEnd, int CueStart, int CueEnd, Phrase Source, bool Ok);
}
