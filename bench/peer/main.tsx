import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';

/**
 * The peer of the benchmark: 表三 as a SurveyJS matrix, rendered the way SurveyJS documents it
 * for React (survey-core model + survey-react-ui <Survey>, default theme). The theme's
 * "fontless" stylesheet is used: the default one imports a web font from Google, which the
 * bench machine cannot reach and Nianbao does not do either.
 */
const model = new Model(__PEER_SURVEY_JSON__);
model.data = __PEER_SURVEY_DATA__;

const container = document.getElementById('root');
if (container === null) throw new Error('bench/peer/index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Survey model={model} />
  </StrictMode>,
);
