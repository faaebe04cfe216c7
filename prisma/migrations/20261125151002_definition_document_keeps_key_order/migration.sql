-- AlterTable
ALTER TABLE "IntegrationDefinition" ALTER COLUMN "document" SET DATA TYPE JSON;

