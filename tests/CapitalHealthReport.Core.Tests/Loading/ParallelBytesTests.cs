using System.Text;
using System.Text.Unicode;
using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>Reading and checking UTF-8 in parts gives exactly what one pass over the whole file gives.</summary>
public sealed class ParallelBytesTests
{
    [Fact]
    public void Utf8_checked_in_parts_agrees_with_one_pass()
    {
        var text = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['\u4e00', '\u9fff'], Gen.Char['\u00c0', '\u00ff'], Gen.Const('\n')).Array[0, 400].Select(chars => Encoding.UTF8.GetBytes(chars));
        var damage = Gen.Int[0, 3];
        Gen.Select(text, damage, Gen.Int[1, 64], Gen.Int[2, 7], Gen.Int[0, 3]).Sample((bytes, kind, minPiece, pieces, offset) =>
        {
            bytes = [.. Enumerable.Repeat((byte)'x', offset), .. bytes];
            if (bytes.Length > offset && kind > 0)
            {
                // Break one byte: a stray continuation byte, a cut lead byte, or an invalid byte.
                var at = offset + ((bytes.Length - offset) / (kind + 1));
                bytes[at] = kind switch { 1 => 0x80, 2 => 0xE4, _ => 0xFF };
            }

            Assert.Equal(Utf8.IsValid(bytes.AsSpan(offset)), ParallelBytes.IsValidUtf8(bytes, offset, minPiece, pieces));
        }, iter: 2000);
    }

    [Fact]
    public void A_split_inside_a_character_is_moved_to_its_start()
    {
        // Three-byte characters only: most equal shares fall inside one.
        var bytes = Encoding.UTF8.GetBytes(new string('中', 1000));
        for (var pieces = 2; pieces <= 9; pieces++)
        {
            Assert.True(ParallelBytes.IsValidUtf8(bytes, 0, minPiece: 1, maxPieces: pieces));
        }

        bytes[1500] = 0x41;
        Assert.False(ParallelBytes.IsValidUtf8(bytes, 0, minPiece: 1, maxPieces: 4));
    }

    [Fact]
    public void A_file_read_in_parts_equals_the_file()
    {
        using var temp = new TempDeals();
        var random = new Random(5);
        foreach (var length in new[] { 0, 1, 7, 4096, 100_003 })
        {
            var content = new byte[length];
            random.NextBytes(content);
            var path = temp.WriteBytes($"f{length}.bin", content);
            foreach (var pieces in new[] { 1, 2, 3, 8 })
            {
                Assert.Equal(content, ParallelBytes.ReadAll(path, minPiece: 1, maxPieces: pieces));
            }
        }
    }
}
