namespace FactExtract.Evaluation;

/// <summary>
/// Matching counts for one kind of span: precision, recall and F1 follow from them. With nothing in
/// gold and nothing predicted every figure is 1 (nothing to find, nothing wrong); with predictions
/// but no correct ones, precision is 0 rather than undefined (as conlleval does).
/// </summary>
internal readonly record struct GoldCounts(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static GoldCounts operator +(GoldCounts a, GoldCounts b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}

/// <summary>An attribute's accuracy over the items whose spans matched: <c>Correct / Total</c>, 0 when nothing matched.</summary>
internal readonly record struct GoldAccuracy(int Correct, int Total)
{
    public double Value => Total == 0 ? 0 : (double)Correct / Total;
}
