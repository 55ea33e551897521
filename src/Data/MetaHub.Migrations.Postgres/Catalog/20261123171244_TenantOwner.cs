using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetaHub.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class TenantOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerEmail",
                table: "Tenants",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerName",
                table: "Tenants",
                type: "character varying(201)",
                maxLength: 201,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicOrigin",
                table: "TenantRegistrations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_OwnerEmail",
                table: "Tenants",
                column: "OwnerEmail");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tenants_OwnerEmail",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "OwnerEmail",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "OwnerName",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "PublicOrigin",
                table: "TenantRegistrations");
        }
    }
}
