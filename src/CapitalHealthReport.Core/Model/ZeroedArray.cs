namespace CapitalHealthReport.Model;

/// <summary>
/// Large arrays whose first access is a read (hash tables, counters). The runtime hands out fresh memory without
/// writing it, so such a first read maps the kernel's shared zero page, and the write after it costs a page copy
/// and a TLB flush on every core, which on a virtual machine is an interrupt to each. Writing the zeros first makes
/// each page a plain first-touch fault instead.
/// </summary>
internal static class ZeroedArray
{
    public static T[] Create<T>(int length)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length);
        array.AsSpan().Clear();
        return array;
    }
}
