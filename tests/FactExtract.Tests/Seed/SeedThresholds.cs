namespace FactExtract.Tests.Seed;

/// <summary>
/// The figures the README publishes for the pipeline on the seed, as measured by
/// <c>factextract eval --gold corpora/seed/000_0247617bfd7dbdd2.gold.json</c>. The regression test
/// fails when the pipeline falls below any of them. The one place to raise them: after the NER,
/// date and quote stages are merged, set each to the measured figure (rounded down).
/// </summary>
internal static class SeedThresholds
{
    /// <summary>The entity-dependent figures of one entity model.</summary>
    public sealed record EntityFigures(double OrgF1, double AllEntitiesF1, double SpeakerRecall);

    /// <summary>
    /// The fast (linear) model's figures. Since it is uptrained on news tagged by the accurate model it shares some of
    /// that model's misses on this one article (ORG 0.625, down from 0.776): it takes the BlackBerry server products for
    /// organisations and misses VICE and the headline's "BlackBerry", while it gained 0.6 F1 on OntoNotes dev (11,066 names).
    /// The accurate model (ORG 0.681) tags "smartphone company BlackBerry" as PRODUCT, takes "BlackBerry’s post" for an
    /// organisation (so one quotation's speaker is that phrase) and misses VICE, while it is 4 F1 better on OntoNotes dev;
    /// the headline's "BlackBerry" it gets from the rest of the article (name consistency).
    /// </summary>
    public static readonly EntityFigures Fast = new(OrgF1: 0.62, AllEntitiesF1: 0.65, SpeakerRecall: 1.0);

    /// <summary>The accurate (neural) model's figures, as measured (rounded down).</summary>
    public static readonly EntityFigures Accurate = new(OrgF1: 0.68, AllEntitiesF1: 0.68, SpeakerRecall: 0.83);

    public static EntityFigures For(EntityModel model) => model == EntityModel.Fast ? Fast : Accurate;

    public const double DateRelaxedF1 = 1.0;

    /// <summary>Share of gold dates found (by overlap) with their exact TIMEX3 value.</summary>
    public const double DateValueRecall = 1.0;

    public const double QuoteExactF1 = 1.0;


    /// <summary>Whether the pipeline must read the reference date (2015-11-30) from the seed's text.</summary>
    public const bool ReferenceDateFromText = true;
}
