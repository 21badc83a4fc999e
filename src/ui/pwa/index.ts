export { OfflineIndicator } from './OfflineIndicator';
export { UpdatePrompt } from './UpdatePrompt';
