// A deck.gl layer for the map's lines (borders, outlines, overlap, selection): one triangle list
// per layer instead of deck.gl's PathLayer instances (see lijn-geometrie.ts for why). Widths and
// sideways shifts are in screen pixels and dashes in line widths, as with PathLayer +
// PathStyleExtension.
import {
	Layer,
	project32,
	type DefaultProps,
	type LayerProps,
	type UpdateParameters
} from '@deck.gl/core';
import { Buffer } from '@luma.gl/core';
import { Model } from '@luma.gl/engine';
import { bouwLijnGeometrie, zelfdeLijnen, type Lijn } from './lijn-geometrie';

const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME lijnen-laag-vertex-shader
in vec2 vorige;
in vec2 punt;
in vec2 volgende;
in vec4 eigen;
in vec2 streep;
in vec4 kleur;
out vec4 vKleur;
out float vAfstand;
out vec2 vStreep;

void main(void) {
  vec2 p = project_position(vec3(punt, 0.0), vec3(0.0)).xy;
  vec2 pv = project_position(vec3(vorige, 0.0), vec3(0.0)).xy;
  vec2 pn = project_position(vec3(volgende, 0.0), vec3(0.0)).xy;
  // At an open end the missing neighbour is the point itself: continue the segment's direction.
  vec2 uit = normalize(volgende == punt ? p - pv : pn - p);
  vec2 in_ = normalize(vorige == punt ? pn - p : p - pv);
  vec2 nIn = vec2(-in_.y, in_.x);
  vec2 nUit = vec2(-uit.y, uit.x);
  vec2 som = nIn + nUit;
  vec2 hoek = length(som) < 0.001 ? nUit : normalize(som);
  // Mitre: both segments meet on the bisector; limited to twice the width at sharp corners.
  float mitre = 1.0 / max(dot(hoek, nUit), 0.5);
  float breedte = eigen.z;
  float zijPixels = (eigen.w + 0.5 * eigen.x) * breedte;
  vec2 verplaatsing = hoek * mitre * zijPixels;
  gl_Position = project_common_position_to_clipspace(vec4(p + project_pixel_size(verplaatsing), 0.0, 1.0));
  // Distance along the segment, corrected for the mitre's shift along it, so that dash ends are
  // square to the segment. Vertices 0 and 1 of each quad are its start, 2 and 3 its end.
  vec2 segment = gl_VertexID % 4 < 2 ? uit : in_;
  vAfstand = (eigen.y * project.scale + dot(verplaatsing, segment)) / breedte;
  vStreep = streep;
  vKleur = vec4(kleur.rgb, kleur.a * layer.opacity);
}
`;

const fs = /* glsl */ `\
#version 300 es
#define SHADER_NAME lijnen-laag-fragment-shader
precision highp float;
in vec4 vKleur;
in float vAfstand;
in vec2 vStreep;
out vec4 fragColor;

void main(void) {
  if (vStreep.y > 0.0 && mod(vAfstand, vStreep.x + vStreep.y) > vStreep.x) discard;
  fragColor = vKleur;
}
`;

export type LijnenLaagProps = LayerProps & { data: readonly Lijn[] };

const defaultProps: DefaultProps<LijnenLaagProps> = {
	data: { type: 'data', value: [] },
	pickable: false
};

interface LijnenState {
	model?: Model;
	buffers: Buffer[];
	[key: string]: unknown;
}

export class LijnenLaag extends Layer<LijnenLaagProps> {
	static layerName = 'LijnenLaag';
	static defaultProps = defaultProps;
	declare state: LijnenState;

	initializeState(): void {
		this.state = { buffers: [] };
	}

	updateState({ props, oldProps, changeFlags }: UpdateParameters<this>): void {
		if (this.state.model && (!changeFlags.dataChanged || zelfdeLijnen(props.data, oldProps.data)))
			return;
		const device = this.context.device;
		const g = bouwLijnGeometrie(this.props.data);
		for (const b of this.state.buffers) b.destroy();
		const buffers = {
			vorige: device.createBuffer({ data: g.vorige }),
			punt: device.createBuffer({ data: g.punt }),
			volgende: device.createBuffer({ data: g.volgende }),
			eigen: device.createBuffer({ data: g.eigen }),
			streep: device.createBuffer({ data: g.streep }),
			kleur: device.createBuffer({ data: g.kleur })
		};
		const indices = device.createBuffer({ usage: Buffer.INDEX, data: g.indices });
		const model =
			this.state.model ??
			new Model(device, {
				...this.getShaders({ vs, fs, modules: [project32] }),
				id: this.props.id,
				topology: 'triangle-list',
				bufferLayout: [
					{ name: 'vorige', format: 'float32x2' },
					{ name: 'punt', format: 'float32x2' },
					{ name: 'volgende', format: 'float32x2' },
					{ name: 'eigen', format: 'float32x4' },
					{ name: 'streep', format: 'float32x2' },
					{ name: 'kleur', format: 'unorm8x4' }
				]
			});
		model.setAttributes(buffers);
		model.setIndexBuffer(indices);
		model.setVertexCount(g.indices.length);
		this.setState({ model, buffers: [...Object.values(buffers), indices] });
	}

	draw(): void {
		const { model } = this.state;
		if (model && model.vertexCount > 0) model.draw(this.context.renderPass);
	}

	finalizeState(context: Parameters<Layer['finalizeState']>[0]): void {
		super.finalizeState(context);
		for (const b of this.state.buffers) b.destroy();
	}
}
