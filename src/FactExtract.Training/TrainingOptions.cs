namespace FactExtract.Training;

/// <summary>Settings of one training run; the defaults are the ones the shipped model was built with.</summary>
internal sealed record TrainingOptions
{
    public int Epochs { get; init; } = 15;

    public int HashBits { get; init; } = 21;

    public int Seed { get; init; } = 13;

    /// <summary>Perceptron runs with shuffling seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …, whose weights are averaged into one model.</summary>
    public int Ensemble { get; init; } = 4;

    /// <summary>Averaged weights with a smaller magnitude are dropped from the saved model.</summary>
    public float Prune { get; init; } = 0.1f;

    /// <summary>Use only the first N training sentences (0 = all); the maximum-entropy learner needs this on large corpora.</summary>
    public int MaxSentences { get; init; }

    public int MaxEntIterations { get; init; } = 100;

    /// <summary>L2 regularisation of the maximum-entropy trainer; null = 1.</summary>
    public float? L2 { get; init; }

    /// <summary>k-means word classes learnt from the training text and <see cref="Unlabelled"/> (0 = none).</summary>
    public int WordClasses { get; init; } = 256;

    /// <summary>Raw text files, folders or .tar.gz archives for the word classes.</summary>
    public IReadOnlyList<string> Unlabelled { get; init; } = Array.Empty<string>();

    /// <summary>Perceptron: decode each training sentence with a beam of this many sequences and update early (1 = greedy).</summary>
    public int TrainBeam { get; init; } = 1;

    /// <summary>Raw news for uptraining: tagged by <see cref="Teacher"/> and added to the training sentences (none = no uptraining).</summary>
    public IReadOnlyList<string> Silver { get; init; } = Array.Empty<string>();

    /// <summary>The model that tags <see cref="Silver"/>: <c>accurate</c> (the built-in neural model) or a model file.</summary>
    public string Teacher { get; init; } = "accurate";
}
