using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetaHub.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class RegistrationSlugUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TenantRegistrations_Slug",
                table: "TenantRegistrations");

            migrationBuilder.CreateIndex(
                name: "IX_TenantRegistrations_Slug",
                table: "TenantRegistrations",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TenantRegistrations_Slug",
                table: "TenantRegistrations");

            migrationBuilder.CreateIndex(
                name: "IX_TenantRegistrations_Slug",
                table: "TenantRegistrations",
                column: "Slug");
        }
    }
}
