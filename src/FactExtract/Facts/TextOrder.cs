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
        else if (items is List<T> list)
        {
            // Counted first, so the one array allocated is the result.
            int count = 0;
            foreach (var item in list)
                if (keep is null || keep(item)) count++;
            array = new T[count];
            int k = 0;
            foreach (var item in list)
                if (keep is null || keep(item)) array[k++] = item;
            if (IsSorted(array, start)) return array;
        }
        else
        {
            array = keep is null ? items.ToArray() : items.Where(keep).ToArray();
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
