// A Prisma generator that writes the schema's DMMF datamodel as JSON to its
// `output`. The drift test runs `prisma generate` with only this generator to
// read schema.prisma exactly as Prisma itself parses it (no engine needed).
import { writeFileSync } from 'node:fs';
import generatorHelper from '@prisma/generator-helper';

generatorHelper.generatorHandler({
  onManifest: () => ({ prettyName: 'DMMF datamodel (drift test)', requiresGenerators: [] }),
  onGenerate: async (options) => {
    writeFileSync(options.generator.output.value, JSON.stringify(options.dmmf.datamodel));
  },
});
