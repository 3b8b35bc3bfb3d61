// TorchSharp's random generator and thread count are process-wide: two training runs at once would draw from one
// generator, and a run would no longer be deterministic for its seed. The classes here run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
