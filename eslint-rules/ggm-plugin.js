// The project's own ESLint rules, registered in eslint.config.js as plugin `ggm`.
import { layersRule } from './layers-rule.js';
import { noCycleRule } from './no-cycle-rule.js';

export default {
  meta: { name: 'ggm' },
  rules: {
    layers: layersRule,
    'no-cycle': noCycleRule,
  },
};
