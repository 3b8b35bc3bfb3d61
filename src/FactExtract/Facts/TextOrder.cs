namespace FactExtract;

/// <summary>Puts mentions in text order cheaply: the pipeline's stages already emit them in order, so usually this is a copy.</summary>
internal static class TextOrder
{
    /// <summary>The items in order of <paramref name="start"/>, ties in their original order (a stable sort, as LINQ's OrderBy).</summary>
    public static T[] ByStart<T>(IEnumerable<T> items, Func<T, int> start) => ByStart(items, null, start);

    /// <summary>The items <paramref name="keep"/> accepts, in order of <paramref name="start"/> (stable).</summary>
    public static T[] ByStart<T>(IEnumerable<T> items, Func<T, bool>? keep, Func<T, int> start)
    {
        T[] array;
        if (keep is null && items is T[] given)
        {
            array = given;
            if (IsSorted(array, start)) return array;
        }
        else
        {
            var kept = items is ICollection<T> c ? new List<T>(c.Count) : new List<T>();
            foreach (var item in items)
                if (keep is null || keep(item)) kept.Add(item);
            array = kept.ToArray();
            if (IsSorted(array, start)) return array;
        }

        return array.OrderBy(start).ToArray();
    }

    private static bool IsSorted<T>(T[] array, Func<T, int> start)
    {
        for (int k = 1; k < array.Length; k++)
            if (start(array[k]) < start(array[k - 1])) return false;
        return true;
    }
}
