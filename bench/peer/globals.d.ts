/** Injected by bench/vite.peer.config.ts (`define`): the SurveyJS JSON and the starting values. */
declare const __PEER_SURVEY_JSON__: Record<string, unknown>;
declare const __PEER_SURVEY_DATA__: Record<string, unknown>;
