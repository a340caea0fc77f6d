// npm run db:migrate — apply prisma/migrations to DATABASE_URL (default: the embedded file database).
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/setup/migrate-database";

const { DATABASE_URL, DATABASE_AUTH_TOKEN } = env();
migrateDatabase(DATABASE_URL, DATABASE_AUTH_TOKEN);
console.log(`Database ready: ${DATABASE_URL}`);
