namespace FactExtract.Evaluation;

/// <summary>Entity counts and P/R/F1 (in percent, as conlleval prints them) for one type, or overall.</summary>
internal sealed record ConllTypeScore(string Type, int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of scoring a CoNLL file: overall, per type, and token accuracy (a fraction).</summary>
internal sealed record ConllScores(ConllTypeScore Overall, IReadOnlyList<ConllTypeScore> Types, int Tokens, double TokenAccuracy);
