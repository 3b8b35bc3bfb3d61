namespace FactExtract;

/// <summary>One organisation the article names, with all its mentions folded together.</summary>
/// <param name="Canonical">The name the mentions share (see <see cref="EntityMention.Canonical"/>).</param>
/// <param name="Mentions">How many times the article mentions it.</param>
/// <param name="FirstStart">Offset of its first mention.</param>
public sealed record OrganisationFact(string Canonical, int Mentions, int FirstStart);
