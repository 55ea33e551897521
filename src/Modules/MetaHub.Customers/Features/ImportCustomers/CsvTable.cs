using System.Text;
using TextEncoding = System.Text.Encoding;
using CsvHelper;
using MetaHub.Customers.Resources;
using MetaHub.Kernel.Errors;
using Microsoft.Extensions.Localization;

namespace MetaHub.Customers.Features.ImportCustomers;

/// <summary>
/// An uploaded CSV file read whole: its encoding and separator as detected, the header row and the
/// data rows. Anything that is not a readable CSV table is refused with a message for the person
/// who saved the file, under the <c>file</c> field.
/// </summary>
internal sealed record CsvTable(string Encoding, char Separator, IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 10_000;
    public const string Utf8 = "utf-8";
    public const string Windows1254 = "windows-1254";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
    };

    private static readonly TextEncoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvTable Read(byte[] content, IStringLocalizer<CustomersResources> localizer)
    {
        ValidationException Refuse(string key, params object[] arguments) => ValidationException.For("file", localizer[key, arguments]);

        if (content.Length > MaxBytes)
        {
            throw Refuse("import.file.tooLarge", MaxBytes / 1024 / 1024);
        }

        var (encoding, text) = Decode(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Refuse("import.file.empty");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            throw Refuse("import.file.notText");
        }

        var rows = new List<CsvRow>();
        using var reader = CsvReader.FromText(text, Options);
        try
        {
            reader.ReadHeader();
            var headers = reader.Headers.Select(h => h.Trim()).ToList();
            if (headers.All(h => h.Length == 0))
            {
                throw Refuse("import.file.noHeader");
            }

            if (headers.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw Refuse("import.file.duplicateHeader", twice.Key);
            }

            while (reader.Read())
            {
                var values = reader.Current.ToArray().Select(v => v ?? "").ToArray();

                // Excel writes rows it once formatted as bare separators; they hold nothing to import.
                if (values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var line = (int)reader.LineNumber;
                if (values.Length != headers.Count)
                {
                    throw Refuse("import.file.columnCount", line, values.Length, headers.Count);
                }

                if (rows.Count == MaxRows)
                {
                    throw Refuse("import.file.tooManyRows", MaxRows);
                }

                rows.Add(new CsvRow(line, values));
            }

            return rows.Count == 0
                ? throw Refuse("import.file.noRows")
                : new CsvTable(encoding, reader.Separator, headers, rows);
        }
        catch (CsvFormatException malformed)
        {
            throw Refuse("import.file.malformed", malformed.LineNumber);
        }
    }

    /// <summary>
    /// UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8; UTF-16 when a byte
    /// order mark says so (Excel's "Unicode text"); otherwise Windows-1254, which Turkish Excel
    /// writes for "CSV (comma delimited)".
    /// </summary>
    private static (string Encoding, string Text) Decode(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith(TextEncoding.UTF8.Preamble))
        {
            bytes = bytes[TextEncoding.UTF8.Preamble.Length..];
        }
        else if (bytes.StartsWith(TextEncoding.Unicode.Preamble))
        {
            return ("utf-16", TextEncoding.Unicode.GetString(bytes[TextEncoding.Unicode.Preamble.Length..]));
        }
        else if (bytes.StartsWith(TextEncoding.BigEndianUnicode.Preamble))
        {
            return ("utf-16BE", TextEncoding.BigEndianUnicode.GetString(bytes[TextEncoding.BigEndianUnicode.Preamble.Length..]));
        }

        try
        {
            return (Utf8, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return (Windows1254, TextEncoding.GetEncoding(1254).GetString(bytes));
        }
    }
}
