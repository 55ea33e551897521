using Microsoft.Extensions.Logging;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>One log line as a test host wrote it; <see cref="Scopes"/> are the scopes' texts.</summary>
public sealed record LogLine(LogLevel Level, string Category, string Message, IReadOnlyList<string> Scopes);
