using System.Text;
using CapitalHealthReport.Loading;
using CsCheck;

namespace CapitalHealthReport.Core.Tests.Loading;

/// <summary>
/// The loader decodes delimited text straight from the file's bytes into the reader's buffer: whatever the buffer
/// sizes asked for, the characters are those the encoding decodes from the whole file, characters cut between two
/// reads (multi-byte sequences, surrogate pairs) included, and invalid bytes become U+FFFD as they would at once.
/// </summary>
public sealed class BytesTextReaderTests
{
    private const string Text = "日期,公司,金额\r\n2024-03-05,北京智谱华章科技有限公司,3.5亿\n2024-03-06,Café 😀 Ltd,\"5,000万\"\n";

    static BytesTextReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    public void Reads_the_characters_the_encoding_decodes_whatever_the_buffer_sizes(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetBytes(Text);
        Gen.Int[1, 40].Array[1, 8].Sample(sizes =>
        {
            using var reader = new BytesTextReader(bytes, 0, encoding);
            var text = new StringBuilder();
            var buffer = new char[40];
            for (var k = 0; ; k++)
            {
                var read = reader.Read(buffer, 0, sizes[k % sizes.Length]);
                if (read == 0)
                {
                    break;
                }

                text.Append(buffer, 0, read);
            }

            Assert.Equal(Text, text.ToString());
        });
    }

    [Fact]
    public void Reads_one_character_at_a_time_across_a_surrogate_pair()
    {
        var bytes = Encoding.UTF8.GetBytes("a😀b");
        using var reader = new BytesTextReader(bytes, 0, Encoding.UTF8);
        var read = new List<int>();
        for (var c = reader.Read(); c >= 0; c = reader.Read())
        {
            read.Add(c);
        }

        Assert.Equal("a😀b".Select(static c => (int)c), read);
    }

    [Fact]
    public void Starts_at_the_offset_and_decodes_invalid_bytes_as_the_encoding_does()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'b', 0xE5, 0x85];
        using var reader = new BytesTextReader(bytes, 3, Encoding.UTF8);

        Assert.Equal(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), reader.ReadToEnd());
        Assert.Equal("a\uFFFDb\uFFFD", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
