using Orleans.TestingHost;

namespace FactExtract.Cluster.Tests;

/// <summary>Two in-process silos running the extraction grain, shared by the tests of one class.</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(2).AddSiloBuilderConfigurator<ExtractionSilo>().Build();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class ExtractionSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => SiloHost.AddExtraction(siloBuilder, parallel: 2);
    }
}
