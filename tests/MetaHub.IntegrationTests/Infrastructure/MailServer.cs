using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server for the test run: MailDev (npm <c>maildev@3</c>, installed by test.sh into
/// <c>.tools</c> or named by <c>MAILDEV_BIN</c>), started once per test process on free loopback
/// ports and read through its REST API. Tests tell their mail apart by recipient address.
/// </summary>
public sealed class MailServer
{
    private static readonly Lazy<MailServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HttpClient api;

    private MailServer(int smtpPort, HttpClient api)
    {
        SmtpPort = smtpPort;
        this.api = api;
    }

    public static MailServer Instance => Shared.Value;

    public int SmtpPort { get; }

    /// <summary>Waits for the newest message to <paramref name="recipient"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<ReceivedMail> WaitForAsync(string recipient, string? subject = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var all = await api.GetFromJsonAsync<List<ReceivedMail>>("/api/email") ?? [];
            var match = all.LastOrDefault(m =>
                m.Envelope.To.Any(t => string.Equals(t.Address, recipient, StringComparison.OrdinalIgnoreCase))
                && (subject is null || m.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {recipient}{(subject is null ? "" : $" about '{subject}'")} arrived.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>How many messages reached <paramref name="recipient"/> so far.</summary>
    public async Task<int> CountAsync(string recipient)
    {
        var all = await api.GetFromJsonAsync<List<ReceivedMail>>("/api/email") ?? [];
        return all.Count(m => m.Envelope.To.Any(t => string.Equals(t.Address, recipient, StringComparison.OrdinalIgnoreCase)));
    }

    private static MailServer Start()
    {
        var executable = Environment.GetEnvironmentVariable("MAILDEV_BIN") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Repository.Root, ".tools", "node_modules", ".bin", "maildev");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The SMTP test server is not installed at {executable}. Run ./test.sh once, or: npm install --prefix .tools maildev@3");
        }

        var smtpPort = FreePort();
        var webPort = FreePort();
        var process = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList = { "--smtp", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--ip", "127.0.0.1",
                             "--web", webPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web-ip", "127.0.0.1" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("MailDev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        };

        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if (client.GetAsync("/api/healthz").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return new MailServer(smtpPort, client);
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }

            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new InvalidOperationException("MailDev did not become ready.");
            }

            Thread.Sleep(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed record ReceivedMail(string Subject, string? Text, string? Html, MailEnvelope Envelope)
    {
        /// <summary>The first link in the text body to <paramref name="path"/>.</summary>
        public Uri Link(string path)
        {
            var text = Text ?? "";
            var start = text.IndexOf("http", StringComparison.Ordinal);
            while (start >= 0)
            {
                var end = text.IndexOfAny([' ', '\r', '\n'], start);
                var candidate = new Uri(end < 0 ? text[start..] : text[start..end]);
                if (candidate.AbsolutePath == path)
                {
                    return candidate;
                }

                start = text.IndexOf("http", start + 4, StringComparison.Ordinal);
            }

            throw new InvalidOperationException($"No link to {path} in: {text}");
        }
    }

    public sealed record MailEnvelope([property: JsonPropertyName("to")] IReadOnlyList<MailAddress> To);

    public sealed record MailAddress(string Address);
}
