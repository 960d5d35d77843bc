// The OData JSON envelope: headers every response carries and the error body
// `{"error":{"code","message","target","details"}}`.

import type { FastifyReply } from 'fastify';
import type { ODataProblem } from '../../gold/odata/odata-error.js';

export const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
export const ODATA_XML = 'application/xml;charset=utf-8';

export function odataHeaders(reply: FastifyReply, contentType: string): FastifyReply {
  return reply.header('OData-Version', '4.0').header('Content-Type', contentType);
}

export interface ODataErrorBody {
  error: {
    code: string;
    message: string;
    target?: string;
    details: { code: string; message: string; target?: string }[];
  };
}

export function sendODataError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  target?: string,
  details: ODataErrorBody['error']['details'] = [],
): FastifyReply {
  const body: ODataErrorBody = {
    error: { code, message, ...(target ? { target } : {}), details },
  };
  return odataHeaders(reply.code(status), ODATA_JSON).send(JSON.stringify(body));
}

/** A request problem (400): the hint ("did you mean …") goes into the message and the details. */
export function sendProblem(reply: FastifyReply, problem: ODataProblem): FastifyReply {
  const message = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
  return sendODataError(reply, 400, problem.code, message, problem.target, [
    { code: problem.code, message, target: problem.target },
  ]);
}
