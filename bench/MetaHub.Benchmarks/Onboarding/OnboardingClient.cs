using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace MetaHub.Benchmarks.Onboarding;

/// <summary>The public sign-up API and the development outbox, as a new customer's browser would use them.</summary>
internal sealed class OnboardingClient(HttpClient http, OnboardingOptions options)
{
    private const string Password = "Bench.Parola-2026";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    public async Task<SignUpSample> SignUpAsync(int tenant, CancellationToken cancellationToken)
    {
        var slug = $"bench-{run}-{tenant}";
        var email = $"{slug}@bench.example";
        using (var register = await http.PostAsJsonAsync(
            "api/public/tenant-registration/register",
            new RegisterRequest(email, Password, "Bench", "User", $"Bench {tenant}", slug, AcceptTerms: true, AcceptPrivacy: true),
            Json,
            cancellationToken))
        {
            await EnsureSuccessAsync(register, cancellationToken);
        }

        var code = await CodeAsync(email, cancellationToken);

        var watch = Stopwatch.StartNew();
        Guid registrationId;
        using (var verify = await http.PostAsJsonAsync("api/public/tenant-registration/verify-email", new VerifyRequest(email, code), Json, cancellationToken))
        {
            await EnsureSuccessAsync(verify, cancellationToken);
            registrationId = (await verify.Content.ReadFromJsonAsync<VerifyResponse>(Json, cancellationToken))!.RegistrationId;
        }

        var verified = watch.Elapsed;
        var (completed, failed, steps) = await WaitForEndAsync(registrationId, watch, cancellationToken);
        return new SignUpSample(tenant, verified, completed - verified, failed, steps);
    }

    /// <summary>Polls the status until Completed or Failed; notes when each step was first seen.</summary>
    private async Task<(TimeSpan At, bool Failed, IReadOnlyList<KeyValuePair<string, TimeSpan>> Steps)> WaitForEndAsync(
        Guid registrationId, Stopwatch watch, CancellationToken cancellationToken)
    {
        var verified = watch.Elapsed;
        var seen = new List<(string Step, TimeSpan At)>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        while (true)
        {
            var status = await http.GetFromJsonAsync<StatusResponse>($"api/public/tenant-registration/{registrationId}/status", Json, timeout.Token);
            var at = watch.Elapsed;
            if (seen.Count == 0 || seen[^1].Step != status!.Step)
            {
                seen.Add((status!.Step, at));
            }

            if (status.IsCompleted || status.HasError)
            {
                // The time before the first poll belongs to the first step seen.
                var steps = seen.Select((s, i) => KeyValuePair.Create(s.Step, (i + 1 < seen.Count ? seen[i + 1].At : at) - (i == 0 ? verified : s.At)))
                    .Where(s => s.Key is not ("Completed" or "Failed"))
                    .ToList();
                return (at, status.HasError, steps);
            }

            await Task.Delay(options.PollInterval, timeout.Token);
        }
    }

    /// <summary>The 6-digit code from the newest mail to <paramref name="email"/>; the mail may be written just after the answer.</summary>
    private async Task<string> CodeAsync(string email, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "dev/outbox?take=20");
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await http.SendAsync(request, timeout.Token);
            await EnsureSuccessAsync(response, timeout.Token);
            var mails = await response.Content.ReadFromJsonAsync<List<OutboxMail>>(Json, timeout.Token);
            var code = mails!.Where(m => string.Equals(m.To, email, StringComparison.OrdinalIgnoreCase))
                .SelectMany(m => m.Text.Split('\n'))
                .Select(line => line.Trim())
                .FirstOrDefault(line => line.Length == 6 && line.All(char.IsAsciiDigit));
            if (code is not null)
            {
                return code;
            }

            await Task.Delay(options.PollInterval, timeout.Token);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private sealed record RegisterRequest(
        string Email, string Password, string FirstName, string LastName, string TeamName, string Slug, bool AcceptTerms, bool AcceptPrivacy);

    private sealed record VerifyRequest(string Email, string Code);

    private sealed record VerifyResponse(bool Success, Guid RegistrationId);

    private sealed record StatusResponse(string Step, bool IsCompleted, bool HasError, string? ErrorMessage);

    private sealed record OutboxMail(string To, string Text);
}
