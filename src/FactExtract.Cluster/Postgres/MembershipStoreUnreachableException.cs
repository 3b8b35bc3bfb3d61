namespace FactExtract.Cluster.Postgres;

/// <summary>The PostgreSQL server holding the membership table could not be reached or refused the login.</summary>
internal sealed class MembershipStoreUnreachableException : Exception
{
    public MembershipStoreUnreachableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
