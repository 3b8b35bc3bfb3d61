namespace FactExtract;

/// <summary>
/// The built-in entity models: two operating points, as spaCy ships a small and a large model. See the model card in
/// the README for each one's accuracy per type, speed, load time and memory.
/// </summary>
public enum EntityModel
{
    /// <summary>
    /// The default: a BiLSTM-CRF over pre-trained word vectors and characters, run by the library's own .NET code. The
    /// most accurate, and slower than <see cref="Fast"/>.
    /// </summary>
    Accurate,

    /// <summary>The linear tagger over hashed sparse features: for bulk runs, several times faster and less accurate.</summary>
    Fast,
}
