namespace FactExtract;

/// <summary>How the attribution stage finds reported speech (direct quotations always come from the quote stage).</summary>
public enum AttributionModel
{
    /// <summary>
    /// Hand-written rules around saying verbs and a learnt cue list: fast (about 8 % of a fast pipeline run), and the
    /// choice that goes with the fast entity model. PolNeAR dev content F1 63.7.
    /// </summary>
    Rules,

    /// <summary>
    /// A BiLSTM-CRF that tags cue, source and content words line by line, over the same word vectors as the accurate
    /// entity model: more reported speech found (PolNeAR dev content F1 72.2), at the cost of a second, smaller neural
    /// pass over the text. The choice that goes with the accurate entity model.
    /// </summary>
    Accurate,
}
