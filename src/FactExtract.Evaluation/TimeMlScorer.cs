namespace FactExtract.Evaluation;

/// <summary>One disagreement between the tagger and the gold, for error analysis.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Kind"><c>missed</c>, <c>spurious</c>, <c>extent</c>, <c>type</c> or <c>value</c>.</param>
/// <param name="Gold">The gold span as "text|TYPE|value", or null.</param>
/// <param name="Predicted">The predicted span as "text|TYPE|value", or null.</param>
internal sealed record TimeMlError(string Document, string Kind, string? Gold, string? Predicted);

/// <summary>Precision, recall and F1 from counts.</summary>
internal readonly record struct PrecisionRecall(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>TempEval-3 TIMEX3 scores over a set of documents.</summary>
internal sealed record TimeMlScore(string Name, int Documents, PrecisionRecall Strict, PrecisionRecall Relaxed, int TypeCorrect, int ValueCorrect)
{
    public double TypeAccuracy => Relaxed.Correct == 0 ? 0 : 100.0 * TypeCorrect / Relaxed.Correct;

    public double ValueAccuracy => Relaxed.Correct == 0 ? 0 : 100.0 * ValueCorrect / Relaxed.Correct;

    /// <summary>TempEval-3's attribute F1: relaxed extent F1 × attribute accuracy.</summary>
    public double TypeF1 => Relaxed.F1 * TypeAccuracy / 100;

    public double ValueF1 => Relaxed.F1 * ValueAccuracy / 100;
}

/// <summary>
/// Scores predicted temporal expressions against TimeML gold as TempEval-3 does: strict extent
/// match (same offsets), relaxed match (any overlap, one-to-one), and type and value accuracy over
/// the relaxed matches.
/// </summary>
internal sealed class TimeMlScorer
{
    private int _documents, _gold, _predicted, _strict, _relaxed, _type, _value;

    public List<TimeMlError> Errors { get; } = new();

    public void Add(TimeMlDocument gold, IReadOnlyList<DateMention> predicted)
    {
        _documents++;
        _gold += gold.Timexes.Count;
        _predicted += predicted.Count;
        var goldUsed = new bool[gold.Timexes.Count];
        string G(TimeMlTimex t) => $"{gold.Text[t.Start..t.End]}|{t.Type}|{t.Value}";
        static string P(DateMention d) => $"{d.Text}|{d.Type}|{d.Value}";
        foreach (var p in predicted)
        {
            int match = -1;
            for (int g = 0; g < gold.Timexes.Count; g++)
            {
                if (goldUsed[g]) continue;
                var t = gold.Timexes[g];
                if (t.Start == p.Start && t.End == p.End) { match = g; break; }
                if (match < 0 && t.Start < p.End && p.Start < t.End) match = g;
            }

            if (match < 0) { Errors.Add(new TimeMlError(gold.Id, "spurious", null, P(p))); continue; }
            goldUsed[match] = true;
            var gt = gold.Timexes[match];
            _relaxed++;
            if (gt.Start == p.Start && gt.End == p.End) _strict++;
            else Errors.Add(new TimeMlError(gold.Id, "extent", G(gt), P(p)));
            if (gt.Type == p.Type) _type++;
            else Errors.Add(new TimeMlError(gold.Id, "type", G(gt), P(p)));
            if (gt.Value == p.Value) _value++;
            else Errors.Add(new TimeMlError(gold.Id, "value", G(gt), P(p)));
        }

        for (int g = 0; g < goldUsed.Length; g++)
            if (!goldUsed[g]) Errors.Add(new TimeMlError(gold.Id, "missed", G(gold.Timexes[g]), null));
    }

    public TimeMlScore Score(string name) =>
        new(name, _documents, new PrecisionRecall(_strict, _predicted, _gold), new PrecisionRecall(_relaxed, _predicted, _gold), _type, _value);
}
