namespace FactExtract.Cluster.Tests;

public class MembershipTests
{
    [Fact]
    public void LocalhostDefaultsToThePrimaryGateway() =>
        Assert.Equal([Membership.DefaultGatewayPort], Assert.IsType<Membership.Localhost>(Membership.Parse("localhost")).GatewayPorts);

    [Fact]
    public void LocalhostMayListGateways() =>
        Assert.Equal([30000, 30001], Assert.IsType<Membership.Localhost>(Membership.Parse("localhost:30000,30001")).GatewayPorts);

    [Fact]
    public void RedisKeepsItsConfigurationString() =>
        Assert.Equal("127.0.0.1:6380,password=x", Assert.IsType<Membership.Redis>(Membership.Parse("redis:127.0.0.1:6380,password=x")).Configuration);

    [Theory]
    [InlineData("consul:host")]
    [InlineData("redis:")]
    [InlineData("localhost:http")]
    [InlineData("postgres:")]
    [InlineData("postgres:Port=5432;Database=x")]
    [InlineData("postgres:Hots=db")]
    [InlineData("postgres:Host=db;Port=http")]
    [InlineData("postgres:Host=db;Port=70000")]
    public void UnsupportedMembershipIsABadUsageError(string text) =>
        Assert.Throws<FormatException>(() => Membership.Parse(text));

    [Fact]
    public void PostgresReadsTheConnectionString()
    {
        var postgres = Assert.IsType<Membership.Postgres>(Membership.Parse("postgres:Host=db.example;Port=5433;Username=orleans;Database=news"));
        Assert.Equal("Host=db.example;Port=5433;Username=orleans;Database=news", postgres.ConnectionString);
        Assert.Equal("db.example", postgres.Host);
        Assert.Equal(5433, postgres.Port);
        Assert.Equal("news", postgres.Database);
    }

    [Fact]
    public void PostgresPortDefaultsToTheStandardOne() =>
        Assert.Equal(5432, Assert.IsType<Membership.Postgres>(Membership.Parse("postgres:Host=127.0.0.1;Username=u")).Port);

    [Fact]
    public void PostgresErrorNamesTheMissingHost() =>
        Assert.Contains("Host", Assert.Throws<FormatException>(() => Membership.Parse("postgres:Database=news")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("postgres:Host=db;Username=u;Password=hunter2;Database=news")]
    [InlineData("redis:10.0.0.5:6379,password=hunter2")]
    public void DisplayMasksPasswords(string membership)
    {
        var shown = Membership.Display(membership);
        Assert.DoesNotContain("hunter2", shown, StringComparison.Ordinal);
        Assert.Contains("***", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", Membership.Parse(membership).ToString(), StringComparison.Ordinal);
    }
}
