namespace MetaHub.Kernel.Errors;

/// <summary>The caller may reach the use case but not do this with it; the message says why (mapped to 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
