/**
 * A process that writes a large file through the CLI's write path slowly
 * (a pause after every chunk), so a test can kill it mid-write:
 * `node --require tsx/cjs slow-write-child.ts PATH BYTES`. Prints
 * "writing TEMP" once the first chunk is in the temporary file.
 */
import { saveFile } from "../../../src/cli/safe-output";

async function main(): Promise<void> {
  const [path, size] = process.argv.slice(2);
  const bytes = new Uint8Array(Number(size)).fill(0x50);
  let told = false;
  await saveFile(path!, bytes, { force: true }, async (step, info) => {
    if (step !== "chunk") return;
    if (!told) {
      told = true;
      process.stdout.write(`writing ${info.temp}\n`);
    }
    await new Promise((resolve) => setTimeout(resolve, 40));
  });
  process.stdout.write("done\n");
}

void main();
