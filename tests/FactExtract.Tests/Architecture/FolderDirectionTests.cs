using System.Reflection;
using System.Reflection.Emit;
using FactExtract.Text;

namespace FactExtract.Tests.Architecture;

/// <summary>
/// The library's folders depend on each other one way: Text ← Tokenization ← Entities/Dates/Quotes ← Facts ← Output,
/// with Input beside Tokenization (it only builds documents) and Pipeline above them all. A type of a lower layer that
/// names a type of a higher one (in a base type, an interface, a field, a property, a method's signature, a local, or
/// any type, method or field its code refers to) fails this test, unless the pair is listed in <see cref="Allowed"/>.
/// </summary>
public class FolderDirectionTests
{
    // Lower rank = lower layer. Types of the same rank may refer to each other.
    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        ["Text"] = 0,
        ["Input"] = 1,
        ["Tokenization"] = 1,
        ["Entities"] = 2,
        ["Dates"] = 2,
        ["Quotes"] = 2,
        // Attributions read the quote stage's quotations and the entities.
        ["Attributions"] = 3,
        ["Facts"] = 4,
        ["Output"] = 5,
        ["Pipeline"] = 6,
        // The corpus report reads many documents' written results; like the scorers, it sits above the pipeline.
        ["Corpus"] = 7,
    };

    // The root namespace FactExtract is the public API; its types live in three folders. The document and the
    // mention records its stages add (Text), the pipeline's entry points and options (Pipeline), and the per-article
    // facts built from the mentions (Facts, every other root type).
    private static readonly HashSet<string> RootTextTypes = new(StringComparer.Ordinal)
    {
        "Document", "EntityMention", "DateMention", "Quotation", "AttributionMention", "AttributionSpan", "AttributionKind",
    };

    private static readonly HashSet<string> RootPipelineTypes = new(StringComparer.Ordinal)
    {
        "FactExtractor", "ExtractorOptions", "BatchOptions", "BatchResult",
    };

    // The public names of the entity stage's built-in models.
    private static readonly HashSet<string> RootEntitiesTypes = new(StringComparer.Ordinal)
    {
        "EntityModel",
    };

    /// <summary>Known upward references, each with the reason it stays: "Layer.Type -> Layer.Type".</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void NoFolderReachesUpward()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(AnalyzedDocument).Assembly.GetTypes())
        {
            var from = Layer(type);
            if (from is null) continue;
            foreach (var used in References(type))
            {
                var to = Layer(used);
                if (to is null || Ranks[to] <= Ranks[from]) continue;
                var pair = $"{from}.{Outer(type).Name} -> {to}.{Outer(used).Name}";
                if (!Allowed.ContainsKey(pair)) violations.Add(pair);
            }
        }

        Assert.True(violations.Count == 0, "Lower folders reach upward:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void EveryAllowedExceptionIsStillNeeded()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(AnalyzedDocument).Assembly.GetTypes())
        {
            var from = Layer(type);
            if (from is null) continue;
            foreach (var used in References(type))
            {
                if (Layer(used) is { } to) seen.Add($"{from}.{Outer(type).Name} -> {to}.{Outer(used).Name}");
            }
        }

        var stale = Allowed.Keys.Where(k => !seen.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Allowed exceptions no longer needed:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void EveryNamespaceOfTheLibraryHasALayer()
    {
        var unplaced = typeof(AnalyzedDocument).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("FactExtract", StringComparison.Ordinal) && Layer(t) is null)
            .Select(t => t.FullName!)
            .ToList();
        Assert.Empty(unplaced);
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } d) type = d;
        return type;
    }

    /// <summary>The folder a type of the library belongs to; null for types of other assemblies and compiler-made ones.</summary>
    private static string? Layer(Type type)
    {
        if (type.Assembly != typeof(AnalyzedDocument).Assembly) return null;
        var ns = Outer(type).Namespace;
        if (ns is null) return null; // <PrivateImplementationDetails> and the like
        if (ns == "FactExtract")
            return RootTextTypes.Contains(Outer(type).Name) ? "Text"
                : RootEntitiesTypes.Contains(Outer(type).Name) ? "Entities"
                : RootPipelineTypes.Contains(Outer(type).Name) ? "Pipeline"
                : "Facts";
        if (!ns.StartsWith("FactExtract.", StringComparison.Ordinal)) return null;
        var folder = ns["FactExtract.".Length..].Split('.')[0];
        return Ranks.ContainsKey(folder) ? folder : null;
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every type <paramref name="type"/> names, element and generic argument types included.</summary>
    private static IEnumerable<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || t.IsGenericParameter) return;
            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (!found.Add(t)) return;
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) Add(a);
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(Declared)) Add(f.FieldType);
        foreach (var p in type.GetProperties(Declared)) Add(p.PropertyType);
        foreach (var e in type.GetEvents(Declared)) Add(e.EventHandlerType);
        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            foreach (var t in BodyReferences(type, m)) Add(t);
        }

        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The locals' types and the types, methods' declaring types and fields' declaring types a method body refers to.</summary>
    private static IEnumerable<Type> BodyReferences(Type type, MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var op = OpCodesByValue[value];
            at += op.Size;
            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                    if (member is Type t) yield return t;
                    else if (member is MethodBase m)
                    {
                        if (m.DeclaringType is { } d) yield return d;
                        if (m is MethodInfo { IsGenericMethod: true } g) foreach (var a in g.GetGenericArguments()) yield return a;
                    }
                    else if (member is FieldInfo f)
                    {
                        if (f.DeclaringType is { } d) yield return d;
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    at += 4;
                    break;
            }
        }
    }
}
