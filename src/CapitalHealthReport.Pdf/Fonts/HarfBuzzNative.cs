using System.Runtime.InteropServices;

namespace CapitalHealthReport.Pdf.Fonts;

/// <summary>
/// The part of HarfBuzz's C API that the managed HarfBuzzSharp binding does not expose: the subsetter,
/// sets, maps and face-level code point collection. Every object created here is owned by a
/// <see cref="SafeHandle"/> so that nothing leaks when subsetting fails half way.
/// </summary>
internal static partial class HarfBuzzNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>Memory mode of <c>hb_blob_create</c>: HarfBuzz copies the bytes, so managed memory may move afterwards.</summary>
    internal const int MemoryModeDuplicate = 0;

    /// <summary>Memory mode of <c>hb_blob_create</c>: HarfBuzz reads the bytes where they are and never writes them.</summary>
    internal const int MemoryModeReadOnly = 1;

    /// <summary><c>hb_subset_sets_t</c> values.</summary>
    internal const int SetGlyphIndex = 0;
    internal const int SetUnicode = 1;
    internal const int SetDropTableTag = 3;
    internal const int SetLayoutFeatureTag = 6;

    /// <summary><c>hb_subset_flags_t</c> values.</summary>
    internal const uint FlagNoHinting = 0x1;
    internal const uint FlagNotdefOutline = 0x40;

    /// <summary>The value <c>hb_map_get</c> returns for an absent key.</summary>
    internal const uint MapValueInvalid = uint.MaxValue;

    /// <summary>The value <c>hb_set_next</c> starts from and ends at.</summary>
    internal const uint SetValueInvalid = uint.MaxValue;

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    internal static unsafe partial BlobHandle BlobCreate(byte* data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    internal static partial void BlobDestroy(IntPtr blob);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    internal static partial IntPtr BlobGetData(BlobHandle blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_face_count")]
    internal static partial uint FaceCount(BlobHandle blob);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    internal static partial FaceHandle FaceCreate(BlobHandle blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    internal static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_get_glyph_count")]
    internal static partial uint FaceGetGlyphCount(FaceHandle face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    internal static partial BlobHandle FaceReferenceBlob(FaceHandle face);

    [LibraryImport(Library, EntryPoint = "hb_face_collect_unicodes")]
    internal static partial void FaceCollectUnicodes(FaceHandle face, SetHandle output);

    [LibraryImport(Library, EntryPoint = "hb_set_create")]
    internal static partial SetHandle SetCreate();

    [LibraryImport(Library, EntryPoint = "hb_set_destroy")]
    internal static partial void SetDestroy(IntPtr set);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    internal static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_set_del")]
    internal static partial void SetDel(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_set_get_population")]
    internal static partial uint SetGetPopulation(SetHandle set);

    [LibraryImport(Library, EntryPoint = "hb_set_next")]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool SetNext(SetHandle set, ref uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_map_get")]
    internal static partial uint MapGet(IntPtr map, uint key);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    internal static partial SubsetInputHandle SubsetInputCreateOrFail();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    internal static partial void SubsetInputDestroy(IntPtr input);

    /// <summary>Borrowed pointer to one of the input's sets (owned by the input; never destroyed by the caller).</summary>
    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    internal static partial IntPtr SubsetInputSet(SubsetInputHandle input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_get_flags")]
    internal static partial uint SubsetInputGetFlags(SubsetInputHandle input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    internal static partial void SubsetInputSetFlags(SubsetInputHandle input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_create_or_fail")]
    internal static partial SubsetPlanHandle SubsetPlanCreateOrFail(FaceHandle face, SubsetInputHandle input);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_destroy")]
    internal static partial void SubsetPlanDestroy(IntPtr plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_execute_or_fail")]
    internal static partial FaceHandle SubsetPlanExecuteOrFail(SubsetPlanHandle plan);

    /// <summary>Borrowed pointer to the plan's old → new glyph map (owned by the plan).</summary>
    [LibraryImport(Library, EntryPoint = "hb_subset_plan_old_to_new_glyph_mapping")]
    internal static partial IntPtr SubsetPlanOldToNewGlyphMapping(SubsetPlanHandle plan);

    /// <summary>HarfBuzz tag from its four-letter name.</summary>
    internal static uint Tag(string name) =>
        ((uint)name[0] << 24) | ((uint)name[1] << 16) | ((uint)name[2] << 8) | name[3];

    /// <summary>Copies bytes into a HarfBuzz blob.</summary>
    internal static unsafe BlobHandle CreateBlob(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* data = bytes)
        {
            var blob = BlobCreate(data, (uint)bytes.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
            if (blob.IsInvalid)
            {
                blob.Dispose();
                throw new InvalidOperationException("HarfBuzz could not allocate a blob for a font file.");
            }

            return blob;
        }
    }

    /// <summary>A HarfBuzz blob over memory that stays where it is, unchanged, for as long as the blob lives (no copy).</summary>
    internal static unsafe BlobHandle CreateBlobReadOnly(IntPtr data, int length)
    {
        var blob = BlobCreate((byte*)data, (uint)length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
        if (blob.IsInvalid)
        {
            blob.Dispose();
            throw new InvalidOperationException("HarfBuzz could not allocate a blob for a font file.");
        }

        return blob;
    }

    /// <summary>The bytes of a blob, copied into managed memory.</summary>
    internal static byte[] BlobBytes(BlobHandle blob)
    {
        var data = BlobGetData(blob, out var length);
        var bytes = new byte[length];
        if (length > 0)
        {
            Marshal.Copy(data, bytes, 0, (int)length);
        }

        return bytes;
    }

    /// <summary>Every code point the face's cmap maps, ascending.</summary>
    internal static int[] CollectUnicodes(FaceHandle face)
    {
        using var set = SetCreate();
        FaceCollectUnicodes(face, set);
        var result = new int[SetGetPopulation(set)];
        var next = SetValueInvalid;
        var i = 0;
        while (SetNext(set, ref next) && i < result.Length)
        {
            result[i++] = (int)next;
        }

        return result;
    }
}

/// <summary>Owns an <c>hb_blob_t</c>.</summary>
internal sealed class BlobHandle : SafeHandle
{
    public BlobHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.BlobDestroy(handle);
        return true;
    }
}

/// <summary>Owns an <c>hb_face_t</c>.</summary>
internal sealed class FaceHandle : SafeHandle
{
    public FaceHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.FaceDestroy(handle);
        return true;
    }
}

/// <summary>Owns an <c>hb_set_t</c>.</summary>
internal sealed class SetHandle : SafeHandle
{
    public SetHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.SetDestroy(handle);
        return true;
    }
}

/// <summary>Owns an <c>hb_subset_input_t</c>.</summary>
internal sealed class SubsetInputHandle : SafeHandle
{
    public SubsetInputHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.SubsetInputDestroy(handle);
        return true;
    }
}

/// <summary>Owns an <c>hb_subset_plan_t</c>.</summary>
internal sealed class SubsetPlanHandle : SafeHandle
{
    public SubsetPlanHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        HarfBuzzNative.SubsetPlanDestroy(handle);
        return true;
    }
}
