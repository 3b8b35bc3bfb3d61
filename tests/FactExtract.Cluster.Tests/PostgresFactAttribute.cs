namespace FactExtract.Cluster.Tests;

/// <summary>
/// A test that needs a PostgreSQL server: runs when <c>FACTEXTRACT_TEST_POSTGRES</c> holds a connection
/// string (scripts/postgres-check.sh starts a throwaway server and sets it), is skipped otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "FACTEXTRACT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
            Skip = $"set {Variable} to a PostgreSQL connection string (scripts/postgres-check.sh does)";
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
