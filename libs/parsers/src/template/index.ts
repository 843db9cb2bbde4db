export { buildTemplate, fillTemplate, TEMPLATE_KEY_SHEET } from './official-template';
