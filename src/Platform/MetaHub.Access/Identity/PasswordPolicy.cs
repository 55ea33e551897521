using MetaHub.Access.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetaHub.Access.Identity;

/// <summary>
/// Identity's password rules and hash for someone who has no account yet and no tenant to keep one
/// in (self-service sign-up): the same validators, options and localised messages as accepting an
/// invitation or resetting a password, and a hash the tenant's first user later signs in with.
/// </summary>
internal sealed class PasswordPolicy(
    IOptions<IdentityOptions> options,
    IPasswordHasher<User> hasher,
    IEnumerable<IPasswordValidator<User>> validators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<User>> logger)
{
    /// <summary>Runs every registered password validator, as <see cref="UserManager{TUser}"/> does before it sets a password.</summary>
    public async Task<IdentityResult> ValidateAsync(User user, string password)
    {
        // Validators receive a user manager (the built-in one reads its options); this one has a
        // store that holds nothing, because the user's tenant database does not exist yet.
        using var manager = new DetachedUserManager(options, hasher, validators, normalizer, errors, services, logger);
        return await manager.ValidateAsync(user, password);
    }

    public string Hash(User user, string password) => hasher.HashPassword(user, password);

    private sealed class DetachedUserManager(
        IOptions<IdentityOptions> options,
        IPasswordHasher<User> hasher,
        IEnumerable<IPasswordValidator<User>> validators,
        ILookupNormalizer normalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<User>> logger)
        : UserManager<User>(new DetachedUserStore(), options, hasher, [], validators, normalizer, errors, services, logger)
    {
        public Task<IdentityResult> ValidateAsync(User user, string password) => ValidatePasswordAsync(user, password);
    }

    private sealed class DetachedUserStore : IUserStore<User>
    {
        public Task<string> GetUserIdAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

        public Task<string?> GetUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.UserName);

        public Task SetUserNameAsync(User user, string? userName, CancellationToken cancellationToken)
        {
            user.UserName = userName;
            return Task.CompletedTask;
        }

        public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedUserName);

        public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken cancellationToken)
        {
            user.NormalizedUserName = normalizedName;
            return Task.CompletedTask;
        }

        public Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken) => throw Detached();

        public Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken) => throw Detached();

        public Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken) => throw Detached();

        public Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<User?>(null);

        public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => Task.FromResult<User?>(null);

        public void Dispose()
        {
        }

        private static NotSupportedException Detached() => new("Users are stored in their tenant's database; this store only serves password validation.");
    }
}
